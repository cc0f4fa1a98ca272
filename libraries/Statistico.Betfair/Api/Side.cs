namespace Statistico.Betfair.Api;

/// <summary>Back (for) or lay (against) a selection.</summary>
public enum Side { Back, Lay }

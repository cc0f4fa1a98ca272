namespace Statistico.Betfair.Api;

/// <summary>Kinds of cleared order.</summary>
public enum BetStatus { Settled, Voided, Lapsed, Cancelled }

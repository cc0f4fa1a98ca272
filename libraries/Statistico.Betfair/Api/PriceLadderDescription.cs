namespace Statistico.Betfair.Api;

/// <summary>The market's price ladder: CLASSIC, FINEST or LINE_RANGE.</summary>
public sealed record PriceLadderDescription(string Type);

namespace Statistico.Contracts.Odds;

/// <summary>One selection of a compiled market.</summary>
/// <param name="Selection">Selection name in Betfair's vocabulary, e.g. <c>HOME</c>, <c>OVER</c>, <c>2-1</c>.</param>
/// <param name="Probability">Model probability.</param>
/// <param name="FairPrice">Decimal odds with no margin (1 / probability).</param>
/// <param name="BookPrice">Decimal odds with the configured margin, on the Betfair tick ladder.</param>
public sealed record CompiledSelection(string Selection, double Probability, decimal FairPrice, decimal BookPrice);

namespace Statistico.Contracts.Odds;

/// <summary>A price on offer and the money available at it.</summary>
/// <param name="Price">Decimal odds.</param>
/// <param name="Size">Money available at that price.</param>
public sealed record PriceSize(decimal Price, decimal Size);

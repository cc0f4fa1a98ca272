namespace Statistico.Simulator.Streaming;

/// <summary>One runner's ladder (back best first, lay best first), traded volume per price, last traded price and volume.</summary>
public sealed record RunnerImage(
    long Id, IReadOnlyList<(decimal Price, decimal Size)> Back, IReadOnlyList<(decimal Price, decimal Size)> Lay,
    IReadOnlyList<(decimal Price, decimal Size)> Traded, decimal? Ltp, decimal Tv);

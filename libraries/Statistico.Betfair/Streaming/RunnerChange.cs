namespace Statistico.Betfair.Streaming;

/// <summary>
/// What changed of one runner. <c>atb</c>/<c>atl</c>/<c>trd</c> are <c>[price, size]</c>; <c>batb</c>/<c>batl</c>/
/// <c>bdatb</c>/<c>bdatl</c> are <c>[level, price, size]</c> with level 0 the best.
/// </summary>
public sealed record RunnerChange
{
    public required long Id { get; init; }

    public decimal? Hc { get; init; }

    public IReadOnlyList<IReadOnlyList<decimal>>? Atb { get; init; }

    public IReadOnlyList<IReadOnlyList<decimal>>? Atl { get; init; }

    public IReadOnlyList<IReadOnlyList<decimal>>? Batb { get; init; }

    public IReadOnlyList<IReadOnlyList<decimal>>? Batl { get; init; }

    public IReadOnlyList<IReadOnlyList<decimal>>? Bdatb { get; init; }

    public IReadOnlyList<IReadOnlyList<decimal>>? Bdatl { get; init; }

    public IReadOnlyList<IReadOnlyList<decimal>>? Trd { get; init; }

    public decimal? Ltp { get; init; }

    public decimal? Tv { get; init; }
}

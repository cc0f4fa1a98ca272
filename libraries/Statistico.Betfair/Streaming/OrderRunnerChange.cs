namespace Statistico.Betfair.Streaming;

/// <summary>
/// What changed of the orders on one runner: <see cref="Uo"/> holds each changed order whole; <see cref="Mb"/>/<see cref="Ml"/>
/// are the matched backs/lays by price (<c>[price, size]</c>, size 0 removes).
/// </summary>
public sealed record OrderRunnerChange
{
    public required long Id { get; init; }

    public decimal? Hc { get; init; }

    public bool? FullImage { get; init; }

    public IReadOnlyList<StreamOrder>? Uo { get; init; }

    public IReadOnlyList<IReadOnlyList<decimal>>? Mb { get; init; }

    public IReadOnlyList<IReadOnlyList<decimal>>? Ml { get; init; }
}

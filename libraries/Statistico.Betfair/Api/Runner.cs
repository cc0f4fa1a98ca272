using System.Text.Json.Serialization;

namespace Statistico.Betfair.Api;

/// <summary>One selection of a market book: its state, prices and the caller's orders.</summary>
public sealed record Runner
{
    public long SelectionId { get; init; }

    public double Handicap { get; init; }

    public RunnerStatus Status { get; init; }

    public decimal? LastPriceTraded { get; init; }

    public decimal? TotalMatched { get; init; }

    /// <summary>Betfair calls this "ex".</summary>
    [JsonPropertyName("ex")]
    public ExchangePrices? Exchange { get; init; }

    public IReadOnlyList<Order>? Orders { get; init; }
}

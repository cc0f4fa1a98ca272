namespace Statistico.Betfair.Streaming;

/// <summary>Which markets a market subscription covers; every given criterion must hold.</summary>
public sealed record StreamMarketFilter
{
    public IReadOnlyList<string>? MarketIds { get; init; }

    public IReadOnlyList<string>? EventTypeIds { get; init; }

    public IReadOnlyList<string>? EventIds { get; init; }

    public IReadOnlyList<string>? MarketTypes { get; init; }

    public IReadOnlyList<string>? CountryCodes { get; init; }

    public IReadOnlyList<string>? BettingTypes { get; init; }

    public IReadOnlyList<string>? Venues { get; init; }

    public bool? TurnInPlayEnabled { get; init; }

    public bool? BspMarket { get; init; }
}

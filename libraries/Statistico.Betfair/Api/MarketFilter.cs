namespace Statistico.Betfair.Api;

/// <summary>Selects markets; every field is optional and the fields combine with AND.</summary>
public sealed record MarketFilter
{
    public string? TextQuery { get; init; }

    public IReadOnlyList<string>? EventTypeIds { get; init; }

    public IReadOnlyList<string>? EventIds { get; init; }

    public IReadOnlyList<string>? CompetitionIds { get; init; }

    public IReadOnlyList<string>? MarketIds { get; init; }

    public IReadOnlyList<string>? MarketTypeCodes { get; init; }

    public IReadOnlyList<string>? MarketCountries { get; init; }

    public bool? InPlayOnly { get; init; }

    public TimeRange? MarketStartTime { get; init; }
}

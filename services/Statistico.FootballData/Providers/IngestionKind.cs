namespace Statistico.FootballData.Providers;

/// <summary>The three things a provider is polled for, each on its own schedule.</summary>
public enum IngestionKind
{
    /// <summary>Upcoming fixtures: new ones, kick-off moves, postponements.</summary>
    Fixtures,

    /// <summary>Recent results.</summary>
    Results,

    /// <summary>Match statistics, which some sources complete hours or days after the result.</summary>
    Statistics,
}

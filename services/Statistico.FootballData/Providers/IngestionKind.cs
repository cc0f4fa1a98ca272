namespace Statistico.FootballData.Providers;

/// <summary>What a provider is read for: three kinds polled each on its own schedule, and its history, read once.</summary>
public enum IngestionKind
{
    /// <summary>Upcoming fixtures: new ones, kick-off moves, postponements.</summary>
    Fixtures,

    /// <summary>Recent results.</summary>
    Results,

    /// <summary>Match statistics, which some sources complete hours or days after the result.</summary>
    Statistics,

    /// <summary>Past seasons, read once per league by the history backfill (never scheduled).</summary>
    History,
}

namespace Statistico.Contracts.FootballData;

/// <summary>Where a fixture stands in its life.</summary>
public enum FixtureStatus
{
    /// <summary>Announced with a kick-off time, not yet started.</summary>
    Scheduled,

    /// <summary>In play.</summary>
    Live,

    /// <summary>Finished with a full-time result.</summary>
    Finished,

    /// <summary>Moved to a later, possibly unknown, date.</summary>
    Postponed,

    /// <summary>Started but not completed; bets on it are usually void.</summary>
    Abandoned,
}

namespace Statistico.Modelling.Goals;

/// <summary>
/// One played match as the models see it: who, when and the final score, plus optional match
/// statistics that some models use as extra signal.
/// </summary>
/// <param name="Date">The day the match was played (models weight by age in days).</param>
/// <param name="HomeTeam">Home team name, as the data provider spells it.</param>
/// <param name="AwayTeam">Away team name.</param>
/// <param name="HomeGoals">Full-time home goals.</param>
/// <param name="AwayGoals">Full-time away goals.</param>
public sealed record MatchRecord(DateOnly Date, string HomeTeam, string AwayTeam, int HomeGoals, int AwayGoals)
{
    /// <summary>Home shots on target, when known.</summary>
    public int? HomeShotsOnTarget { get; init; }

    /// <summary>Away shots on target, when known.</summary>
    public int? AwayShotsOnTarget { get; init; }

    /// <summary>Home corners, when known.</summary>
    public int? HomeCorners { get; init; }

    /// <summary>Away corners, when known.</summary>
    public int? AwayCorners { get; init; }

    /// <summary>Home bookings (yellow plus red cards), when known.</summary>
    public int? HomeCards { get; init; }

    /// <summary>Away bookings (yellow plus red cards), when known.</summary>
    public int? AwayCards { get; init; }
}

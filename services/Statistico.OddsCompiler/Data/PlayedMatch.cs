namespace Statistico.OddsCompiler.Data;

/// <summary>
/// A finished match as the compiler keeps it to fit its models: written from <c>FixtureResulted</c> as results arrive
/// (and once from Football Data's API when a competition's history is first needed), so a refit reads only its own
/// database.
/// </summary>
public sealed class PlayedMatch
{
    public Guid FixtureId { get; set; }

    public required string CompetitionId { get; set; }

    public required string HomeTeam { get; set; }

    public required string AwayTeam { get; set; }

    public DateTimeOffset KickOff { get; set; }

    public int HomeGoals { get; set; }

    public int AwayGoals { get; set; }

    public int? HomeShotsOnTarget { get; set; }

    public int? AwayShotsOnTarget { get; set; }

    public int? HomeCorners { get; set; }

    public int? AwayCorners { get; set; }

    /// <summary>Yellow plus red cards, when both are known.</summary>
    public int? HomeCards { get; set; }

    /// <summary>Yellow plus red cards, when both are known.</summary>
    public int? AwayCards { get; set; }

    /// <summary>Football Data's revision of the fixture; an older event never overwrites a newer one.</summary>
    public int Revision { get; set; }
}

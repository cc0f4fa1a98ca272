namespace Statistico.Ratings.Data;

/// <summary>A result as Ratings last heard it (the highest revision wins); ratings are a pure function of these.</summary>
public sealed class StoredResult
{
    public Guid FixtureId { get; set; }

    public required string CompetitionId { get; set; }

    public DateTimeOffset KickOff { get; set; }

    public required string HomeTeam { get; set; }

    public required string AwayTeam { get; set; }

    public int HomeGoals { get; set; }

    public int AwayGoals { get; set; }

    public int Revision { get; set; }
}

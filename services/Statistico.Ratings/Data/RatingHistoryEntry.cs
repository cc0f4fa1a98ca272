namespace Statistico.Ratings.Data;

/// <summary>One team's ratings before and after one fixture, in one competition.</summary>
public sealed class RatingHistoryEntry
{
    public Guid FixtureId { get; set; }

    public required string Team { get; set; }

    public required string CompetitionId { get; set; }

    public DateTimeOffset KickOff { get; set; }

    public bool AtHome { get; set; }

    public required string Opponent { get; set; }

    public int GoalsFor { get; set; }

    public int GoalsAgainst { get; set; }

    public double AttackBefore { get; set; }

    public double DefenceBefore { get; set; }

    public double AttackAfter { get; set; }

    public double DefenceAfter { get; set; }

    /// <summary>The attack points this team won (its defence moved by the opponent's).</summary>
    public double Points { get; set; }

    public double EloBefore { get; set; }

    public double EloAfter { get; set; }

    public double PiHomeBefore { get; set; }

    public double PiAwayBefore { get; set; }

    public double PiHomeAfter { get; set; }

    public double PiAwayAfter { get; set; }

    /// <summary>
    /// True when every stored field is exactly equal: a replay is deterministic, so a row it reproduces need not be
    /// rewritten (a backfill whose results arrive in kick-off order then writes only the new fixtures' rows).
    /// </summary>
    public bool SameRowAs(RatingHistoryEntry other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return FixtureId == other.FixtureId && Team == other.Team && CompetitionId == other.CompetitionId && KickOff == other.KickOff
            && AtHome == other.AtHome && Opponent == other.Opponent && GoalsFor == other.GoalsFor && GoalsAgainst == other.GoalsAgainst
            && AttackBefore.Equals(other.AttackBefore) && DefenceBefore.Equals(other.DefenceBefore)
            && AttackAfter.Equals(other.AttackAfter) && DefenceAfter.Equals(other.DefenceAfter) && Points.Equals(other.Points)
            && EloBefore.Equals(other.EloBefore) && EloAfter.Equals(other.EloAfter)
            && PiHomeBefore.Equals(other.PiHomeBefore) && PiAwayBefore.Equals(other.PiAwayBefore)
            && PiHomeAfter.Equals(other.PiHomeAfter) && PiAwayAfter.Equals(other.PiAwayAfter);
    }

    /// <summary>Same ratings (to 1e-9): used to publish only what a recomputation really changed.</summary>
    public bool SameRatingsAs(RatingHistoryEntry other)
    {
        ArgumentNullException.ThrowIfNull(other);
        const double Tolerance = 1e-9;
        static bool Close(double a, double b) => Math.Abs(a - b) <= Tolerance;
        return Close(AttackBefore, other.AttackBefore) && Close(DefenceBefore, other.DefenceBefore)
            && Close(AttackAfter, other.AttackAfter) && Close(DefenceAfter, other.DefenceAfter)
            && Close(EloAfter, other.EloAfter) && Close(PiHomeAfter, other.PiHomeAfter) && Close(PiAwayAfter, other.PiAwayAfter)
            && GoalsFor == other.GoalsFor && GoalsAgainst == other.GoalsAgainst;
    }
}

using Statistico.FootballData.Data;

namespace Statistico.FootballData.Ingestion;

/// <summary>What an incoming fixture changed on a stored one, decided before anything is written.</summary>
public sealed record FixtureChange(bool KickOff, bool Status, bool Result, bool HadResult, bool Referee)
{
    public bool Any => KickOff || Status || Result || Referee;

    /// <summary>
    /// Compares without writing. Sources disagree in what they know, so the rules keep the best of both: a date-only
    /// kick-off never replaces a known time on the same day, a finished fixture never goes back to scheduled or live
    /// (a late or stale poll), and a statistic or half-time score the source lacks never erases one already stored.
    /// </summary>
    public static FixtureChange Between(Fixture stored, IncomingFixture incoming)
    {
        var kickOff = incoming.KickOff != stored.KickOff
            && (incoming.KickOffTimeKnown || !stored.KickOffTimeKnown || !SameDay(incoming.KickOff, stored.KickOff));
        var status = incoming.Status != stored.Status && !(stored.Status == Contracts.FootballData.FixtureStatus.Finished
            && incoming.Status is Contracts.FootballData.FixtureStatus.Scheduled or Contracts.FootballData.FixtureStatus.Live);
        var result = incoming.Result is { } r && (r.HomeGoals != stored.HomeGoals || r.AwayGoals != stored.AwayGoals
            || (r.HalfTimeHomeGoals is not null && r.HalfTimeHomeGoals != stored.HalfTimeHomeGoals)
            || (r.HalfTimeAwayGoals is not null && r.HalfTimeAwayGoals != stored.HalfTimeAwayGoals)
            || stored.HomeStatistics.WouldChange(r.HomeStatistics)
            || stored.AwayStatistics.WouldChange(r.AwayStatistics));
        var referee = incoming.Referee is { Length: > 0 } name && name != stored.Referee;
        return new FixtureChange(kickOff, status, result, stored.HasResult, referee);
    }

    private static bool SameDay(DateTimeOffset a, DateTimeOffset b) => Math.Abs((a - b).TotalHours) < 18;
}

using Statistico.Contracts.FootballData;
using Statistico.FootballData.Client;
using Statistico.Modelling.Goals;
using Statistico.Modelling.Ratings;

namespace Statistico.OddsCompiler.Tests;

/// <summary>What the modelling library says for data read back from Football Data by the tests' own code.</summary>
internal static class LibraryExpectations
{
    /// <summary>A competition's finished fixtures, with their ids and kick-offs.</summary>
    public static async Task<List<FixtureDto>> FinishedAsync(FootballDataClient footballData, string competition, CancellationToken cancellationToken)
    {
        var fixtures = new List<FixtureDto>();
        await foreach (var f in footballData.GetAllFixturesAsync(new FixtureQuery { Competition = competition, Status = FixtureStatus.Finished, PageSize = 500 }, cancellationToken))
        {
            fixtures.Add(f);
        }

        return fixtures;
    }

    /// <summary>The training set of matches dated in [from, asOf), in the compiler's documented order (day, home team).</summary>
    public static List<MatchRecord> Training(IEnumerable<FixtureDto> finished, DateOnly from, DateOnly asOf) =>
        [.. finished.Select(f => (Date: DateOnly.FromDateTime(f.KickOff.UtcDateTime), Fixture: f))
            .Where(x => x.Date >= from && x.Date < asOf)
            .Select(x => new MatchRecord(x.Date, x.Fixture.HomeTeam.Name, x.Fixture.AwayTeam.Name, x.Fixture.Result!.HomeGoals, x.Fixture.Result.AwayGoals)
            {
                HomeShotsOnTarget = x.Fixture.Result.HomeStatistics?.ShotsOnTarget,
                AwayShotsOnTarget = x.Fixture.Result.AwayStatistics?.ShotsOnTarget,
                HomeCorners = x.Fixture.Result.HomeStatistics?.Corners,
                AwayCorners = x.Fixture.Result.AwayStatistics?.Corners,
            })
            .OrderBy(r => r.Date).ThenBy(r => r.HomeTeam, StringComparer.Ordinal)];

    /// <summary>Each team's ratings after replaying the results in kick-off order (then fixture id), as the library rates them.</summary>
    public static Dictionary<string, (double Attack, double Defence, double Elo, double PiHome, double PiAway)> Ratings(IEnumerable<FixtureDto> finished)
    {
        var attackDefence = new AttackDefenceRatings();
        var elo = new EloRatings();
        var pi = new PiRatings();
        foreach (var f in finished.OrderBy(f => f.KickOff).ThenBy(f => f.Id))
        {
            var (home, away, homeGoals, awayGoals) = (f.HomeTeam.Name, f.AwayTeam.Name, f.Result!.HomeGoals, f.Result.AwayGoals);
            attackDefence.Update(RatedMatch.FromScore(f.CompetitionId, home, away, homeGoals, awayGoals));
            elo.Update(home, away, homeGoals, awayGoals);
            pi.Update(home, away, homeGoals - awayGoals);
        }

        return attackDefence.Ratings.Keys.ToDictionary(
            t => t, t => (attackDefence[t].Attack, attackDefence[t].Defence, elo[t], pi[t].Home, pi[t].Away), StringComparer.Ordinal);
    }
}

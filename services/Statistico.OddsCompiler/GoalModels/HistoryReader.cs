using Statistico.Contracts.FootballData;
using Statistico.FootballData.Client;

namespace Statistico.OddsCompiler.GoalModels;

/// <summary>Reads a competition's recent results from the Football Data service.</summary>
public sealed class HistoryReader(FootballDataClient footballData)
{
    // Football Data's largest page: a season of one league in one request.
    private const int PageSize = 500;

    // Read this much further back than the window so the window still fits when the latest result is older than the
    // next fixture (a summer break is about 90 days).
    private const int SlackDays = 180;

    /// <summary>
    /// The training set of <paramref name="competitionId"/> for fixtures from <paramref name="nextKickOff"/> on: every
    /// finished match of the <paramref name="windowDays"/> days before the latest result (inclusive), fitted as of the
    /// day after that result. Null when the competition has no result at all.
    /// </summary>
    public async Task<TrainingSet?> ReadAsync(string competitionId, DateTimeOffset nextKickOff, int windowDays, CancellationToken cancellationToken)
    {
        var query = new FixtureQuery
        {
            Competition = competitionId,
            Status = FixtureStatus.Finished,
            // No upper bound: a finished match is never in the future, and one that kicked off at the same time as the
            // next scheduled fixture (a 15:00 Saturday) must be in the history the moment its result is.
            From = nextKickOff.AddDays(-(windowDays + SlackDays)),
            PageSize = PageSize,
        };
        var records = new List<Modelling.Goals.MatchRecord>();
        var finished = new HashSet<Guid>();
        await foreach (var fixture in footballData.GetAllFixturesAsync(query, cancellationToken))
        {
            finished.Add(fixture.Id);
            if (MatchHistory.ToMatchRecord(fixture) is { } record)
            {
                records.Add(record);
            }
        }

        if (records.Count == 0)
        {
            return null;
        }

        var asOf = records.Max(r => r.Date).AddDays(1);
        var windowFrom = asOf.AddDays(-windowDays);
        return new TrainingSet(competitionId, asOf, windowFrom, MatchHistory.InFittingOrder(records.Where(r => r.Date >= windowFrom)))
        {
            FinishedFixtureIds = finished,
        };
    }
}

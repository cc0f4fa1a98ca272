using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.FootballData;
using Statistico.FootballData.Client;
using Statistico.OddsCompiler.Data;

namespace Statistico.OddsCompiler.History;

/// <summary>
/// Reads a competition's finished matches from Football Data's API into the compiler's own history: once, the first
/// time the competition's history is needed (results published before this compiler subscribed), and by the daily
/// scheduled refit as a backstop for a result whose event never arrived. Every other result comes from its event.
/// </summary>
public sealed partial class HistoryBackfill(
    OddsCompilerDbContext db, FootballDataClient footballData, PlayedMatches played, TimeProvider clock, ILogger<HistoryBackfill> logger)
{
    // Football Data's largest page: a season of one league in one request.
    private const int PageSize = 500;

    /// <summary>Backfills <paramref name="competitionId"/> unless it has been backfilled before.</summary>
    public async Task EnsureAsync(string competitionId, DateTimeOffset nextKickOff, int windowDays, CancellationToken cancellationToken)
    {
        if (!await db.HistoryBackfills.AnyAsync(r => r.CompetitionId == competitionId, cancellationToken))
        {
            await RunAsync(competitionId, nextKickOff, windowDays, cancellationToken);
        }
    }

    /// <summary>Reads every finished match the window of fixtures from <paramref name="nextKickOff"/> on needs, and saves.</summary>
    public async Task<HistoryBackfillRun> RunAsync(string competitionId, DateTimeOffset nextKickOff, int windowDays, CancellationToken cancellationToken)
    {
        var from = nextKickOff.AddDays(-(windowDays + PlayedMatches.SlackDays));
        var query = new FixtureQuery { Competition = competitionId, Status = FixtureStatus.Finished, From = from, PageSize = PageSize };
        var matches = new List<PlayedMatch>();
        await foreach (var fixture in footballData.GetAllFixturesAsync(query, cancellationToken))
        {
            if (MatchHistory.FromFixture(fixture) is { } match)
            {
                matches.Add(match);
            }
        }

        var changed = await played.RecordAllAsync(matches, cancellationToken);
        var run = await db.HistoryBackfills.FindAsync([competitionId], cancellationToken);
        if (run is null)
        {
            run = new HistoryBackfillRun { CompetitionId = competitionId };
            db.HistoryBackfills.Add(run);
        }

        run.RanAt = clock.GetUtcNow();
        run.From = from;
        run.Matches = matches.Count;
        run.Changed = changed;
        await db.SaveChangesAsync(cancellationToken);
        LogBackfilled(competitionId, matches.Count, changed, from);
        return run;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Competition} history read from Football Data: {Matches} finished matches from {From}, {Changed} new or newer")]
    private partial void LogBackfilled(string competition, int matches, int changed, DateTimeOffset from);
}

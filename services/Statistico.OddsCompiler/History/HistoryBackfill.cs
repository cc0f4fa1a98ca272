using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.FootballData;
using Statistico.FootballData.Client;
using Statistico.OddsCompiler.Data;

namespace Statistico.OddsCompiler.History;

/// <summary>
/// Reads a competition's finished matches from Football Data's API into the compiler's own history: once, the first
/// time the competition's history is needed (results published before this compiler subscribed), and by the daily
/// scheduled refit as a backstop for a result whose event never arrived. Every other result comes from its event.
/// It commits through a database context of its own, so a refit that asks for it midway (a prior from another league)
/// never has half its own changes committed with the backfill.
/// </summary>
public sealed partial class HistoryBackfill(
    IServiceScopeFactory scopes, FootballDataClient footballData, TimeProvider clock, ILogger<HistoryBackfill> logger)
{
    // Football Data's largest page: a season of one league in one request.
    private const int PageSize = 500;

    /// <summary>Backfills <paramref name="competitionId"/> unless it has been backfilled before.</summary>
    public async Task EnsureAsync(string competitionId, DateTimeOffset nextKickOff, int windowDays, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OddsCompilerDbContext>();
        if (!await db.HistoryBackfills.AsNoTracking().AnyAsync(r => r.CompetitionId == competitionId, cancellationToken))
        {
            await RunAsync(competitionId, nextKickOff, windowDays, cancellationToken);
        }
    }

    /// <summary>Reads every finished match the window of fixtures from <paramref name="nextKickOff"/> on needs, and saves.</summary>
    public async Task<HistoryBackfillRun> RunAsync(string competitionId, DateTimeOffset nextKickOff, int windowDays, CancellationToken cancellationToken)
    {
        var from = nextKickOff.AddDays(-(windowDays + PlayedMatches.SlackDays));
        var query = new FixtureQuery { Competition = competitionId, Status = FixtureStatus.Finished, From = from, PageSize = PageSize };
        var fixtures = new List<FixtureDto>();
        await foreach (var fixture in footballData.GetAllFixturesAsync(query, cancellationToken))
        {
            fixtures.Add(fixture);
        }

        var matches = fixtures.Select(MatchHistory.FromFixture).OfType<PlayedMatch>().ToList();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OddsCompilerDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await new PlayedMatches(db).UpsertAllAsync(matches, cancellationToken);
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
        await transaction.CommitAsync(cancellationToken);
        LogBackfilled(competitionId, matches.Count, changed, from);
        return run;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Competition} history read from Football Data: {Matches} finished matches from {From}, {Changed} new or newer")]
    private partial void LogBackfilled(string competition, int matches, int changed, DateTimeOffset from);
}

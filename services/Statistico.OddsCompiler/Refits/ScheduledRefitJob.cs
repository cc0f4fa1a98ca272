using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using Statistico.Contracts.FootballData;
using Statistico.OddsCompiler.Data;
using Statistico.OddsCompiler.History;

namespace Statistico.OddsCompiler.Refits;

/// <summary>
/// The Quartz schedule's refit of every competition with fixtures to price: time decay moves on, and, as a backstop for
/// a result whose event never reached the compiler, each competition's history is read again from Football Data first.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class ScheduledRefitJob(IServiceScopeFactory scopes, RefreshRequests requests, IOptions<CompilerOptions> options, ILogger<ScheduledRefitJob> logger) : IJob
{
    public const string JobName = "refit-all";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OddsCompilerDbContext>();
        var backfill = scope.ServiceProvider.GetRequiredService<HistoryBackfill>();
        var nextKickOffs = await db.Fixtures.Where(f => f.Status == FixtureStatus.Scheduled)
            .GroupBy(f => f.CompetitionId)
            .Select(g => new { CompetitionId = g.Key, KickOff = g.Min(f => f.KickOff) })
            .ToListAsync(cancellationToken);
        foreach (var next in nextKickOffs)
        {
            try
            {
                await backfill.RunAsync(next.CompetitionId, next.KickOff, options.Value.HistoryWindowDays, cancellationToken);
            }
            catch (Exception exception) when (exception is HttpRequestException or DbUpdateException)
            {
                // Football Data away, or a result event committing the same match at the same moment: the refit still
                // runs on what the compiler has, and the next scheduled run reads again.
                LogBackfillFailed(exception, next.CompetitionId);
            }

            requests.Request(next.CompetitionId, refit: true);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The scheduled history read of {Competition} failed; refitting on the history the compiler has")]
    private partial void LogBackfillFailed(Exception exception, string competition);
}

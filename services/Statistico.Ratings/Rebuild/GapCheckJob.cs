using Quartz;
using Statistico.FootballData.Client;
using Statistico.Ratings.Recompute;

namespace Statistico.Ratings.Rebuild;

/// <summary>
/// The nightly check: every competition Football Data knows is pulled and compared with what Ratings heard; a result
/// that never arrived (or a newer revision) is recorded and recomputed, so a lost event cannot leave a permanent gap.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class GapCheckJob(IServiceScopeFactory scopes, RecomputeSignal signal, ILogger<GapCheckJob> logger) : IJob
{
    public const string Name = "ratings.gap-check";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var scope = scopes.CreateAsyncScope();
        var competitions = await scope.ServiceProvider.GetRequiredService<FootballDataClient>().GetCompetitionsAsync(cancellationToken);
        foreach (var competition in competitions)
        {
            await using var competitionScope = scopes.CreateAsyncScope();
            var report = await competitionScope.ServiceProvider.GetRequiredService<MissedResultsBackfill>().RunAsync(competition.Id, force: false, cancellationToken);
            if (report.Recorded > 0)
            {
                LogGap(report.CompetitionId, report.Recorded, report.Fetched);
                signal.Raise();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gap check: {Recorded} of {Fetched} finished {CompetitionId} results had not reached Ratings; recorded")]
    private partial void LogGap(string competitionId, int recorded, int fetched);
}

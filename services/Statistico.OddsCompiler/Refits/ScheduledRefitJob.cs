using Quartz;

namespace Statistico.OddsCompiler.Refits;

/// <summary>The Quartz schedule's refit of every competition (a backstop for missed results, and time decay moving on).</summary>
[DisallowConcurrentExecution]
public sealed class ScheduledRefitJob(IServiceScopeFactory scopes, RefreshRequests requests) : IJob
{
    public const string JobName = "refit-all";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await RefreshWorker.RequestEveryCompetitionAsync(scopes, requests, cancellationToken);
}

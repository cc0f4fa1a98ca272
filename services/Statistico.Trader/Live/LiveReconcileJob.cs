using Quartz;

namespace Statistico.Trader.Live;

/// <summary>Reconciliation on its Quartz schedule (and once at start, <see cref="LiveReconcileAtStart"/>).</summary>
[DisallowConcurrentExecution]
internal sealed partial class LiveReconcileJob(IServiceScopeFactory scopes, ILogger<LiveReconcileJob> logger) : IJob
{
    public const string JobName = "live-reconcile";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await RunAsync(scopes, logger, cancellationToken);

    /// <summary>One reconciliation in a scope of its own; a failure is logged, the next run tries again.</summary>
    public static async Task RunAsync(IServiceScopeFactory scopes, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<LiveReconciler>().ReconcileAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(logger, exception);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Live reconciliation failed; the next run tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

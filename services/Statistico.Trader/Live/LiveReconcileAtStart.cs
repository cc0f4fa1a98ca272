namespace Statistico.Trader.Live;

/// <summary>
/// Reconciles once as soon as the service has started, before the first scheduled run: trades left waiting by a
/// crash are repaired at once. Every replica does it; each step is idempotent.
/// </summary>
internal sealed class LiveReconcileAtStart(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<LiveReconcileJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(started.SetResult))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        await LiveReconcileJob.RunAsync(scopes, logger, stoppingToken);
    }
}

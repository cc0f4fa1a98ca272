using Quartz;

namespace Statistico.Trader.Live;

/// <summary>The order monitor on its Quartz schedule: one replica per firing, never two passes at once.</summary>
[DisallowConcurrentExecution]
internal sealed partial class LiveOrderMonitorJob(IServiceScopeFactory scopes, ILogger<LiveOrderMonitorJob> logger) : IJob
{
    public const string JobName = "live-order-monitor";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<LiveOrderMonitor>().PollAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next firing polls again; a schedule must not stop for one failed call.
            LogFailed(exception);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Live order monitor pass failed; the next firing tries again")]
    private partial void LogFailed(Exception exception);
}

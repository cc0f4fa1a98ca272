using Microsoft.Extensions.Options;

namespace Statistico.OddsWarehouse.Retention;

/// <summary>Runs the retention policy every <see cref="RetentionOptions.CheckEvery"/>; a failed pass is retried at the next tick.</summary>
internal sealed partial class RetentionWorker(
    RetentionRunner runner, IOptions<RetentionOptions> options, ILogger<RetentionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckEvery);
        while (await NextTickAsync(timer, stoppingToken))
        {
            try
            {
                var outcome = await runner.RunOnceAsync(stoppingToken);
                LogPass(outcome.DroppedPartitions.Count, outcome.DeletedSamples, outcome.ForgottenBatches);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(exception);
            }
        }
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false; // stopping
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: {Partitions} raw month(s) down-sampled and dropped, {Samples} samples and {Batches} batch ids deleted")]
    private partial void LogPass(int partitions, int samples, int batches);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention pass failed; retrying at the next tick")]
    private partial void LogFailed(Exception exception);
}

using Microsoft.Extensions.Options;
using Statistico.OddsChecker.Sources;
using Statistico.OddsChecker.Sources.Betfair;

namespace Statistico.OddsChecker.Polling;

/// <summary>
/// Publishes streamed prices without waiting for the schedule (ADR 1001): when the price stream signals a change,
/// every enabled streamed source is polled at once (reading the stream's cache, not the exchange), at most once per
/// its <see cref="SourceOptions.StreamMinInterval"/>. The same poller, change detection and batch as a scheduled poll.
/// Only on the replica holding the stream's lease (ADR 0306); there it also polls when no poll in this process has
/// chosen the watched markets for <see cref="Sources.Betfair.StreamLeaseOptions.Refresh"/>, so the subscription follows
/// new markets while the scheduled polls run elsewhere.
/// </summary>
internal sealed partial class StreamPollTrigger(
    BetfairPriceStream stream, OddsSources sources, SourcePoller poller, IOptionsMonitor<OddsCheckerOptions> options, TimeProvider time,
    ILogger<StreamPollTrigger> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var refresh = options.CurrentValue.StreamLease.Refresh;
            var changed = await stream.Changed.WaitAsync(refresh, stoppingToken);
            if (!stream.Leading || (!changed && time.GetUtcNow() - stream.LastWatchedAt < refresh))
            {
                continue;
            }

            var streamed = options.CurrentValue.Sources.Where(s => s.Value.Enabled && s.Value.Stream).ToList();
            foreach (var (name, settings) in streamed)
            {
                if (sources.Find(name) is not { } source)
                {
                    continue;
                }

                try
                {
                    await poller.PollAsync(source, settings, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogPollFailed(exception, name);
                }
            }

            await Task.Delay(streamed.Count == 0 ? TimeSpan.FromSeconds(1) : streamed.Min(s => s.Value.StreamMinInterval), stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stream-driven poll of {Source} failed; the next change or tick tries again")]
    private partial void LogPollFailed(Exception exception, string source);
}

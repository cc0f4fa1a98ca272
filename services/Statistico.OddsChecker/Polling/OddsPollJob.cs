using Microsoft.Extensions.Options;
using Quartz;
using Statistico.OddsChecker.Sources;

namespace Statistico.OddsChecker.Polling;

/// <summary>
/// The Quartz job behind every source's schedule. Its key is the source's name, so one job type serves every source;
/// the clustered scheduler runs each firing on one replica, and never two polls of a source at once.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class OddsPollJob(
    OddsSources sources, SourcePoller poller, IOptionsMonitor<OddsCheckerOptions> options, ILogger<OddsPollJob> logger) : IJob
{
    public static string JobName(string source) => $"odds-poll.{source}";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.JobDetail.Key.Name["odds-poll.".Length..];
        if (sources.Find(name) is not { } source || !options.CurrentValue.Sources.TryGetValue(name, out var settings) || !settings.Enabled)
        {
            LogUnknownSource(context.JobDetail.Key.Name);
            return;
        }

        try
        {
            await poller.PollAsync(source, settings, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A failed poll is retried by the next tick; the schedule must not stop for one bad response.
            LogPollFailed(exception, name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} names no enabled source; nothing polled")]
    private partial void LogUnknownSource(string job);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Poll of {Source} failed; the next tick tries again")]
    private partial void LogPollFailed(Exception exception, string source);
}

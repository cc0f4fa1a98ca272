using Microsoft.Extensions.Options;

namespace Statistico.Ratings.Recompute;

/// <summary>
/// Recomputes dirty competitions: woken by a recorded result (then waits until results have paused for
/// <see cref="RatingsOptions.DebounceDelay"/>, at most <see cref="RatingsOptions.MaxDelay"/>, so a burst becomes a few
/// recomputations) or by its poll; works until nothing is dirty. Every replica runs one; the state
/// row lock gives each competition to one of them at a time.
/// </summary>
public sealed partial class RecomputeWorker(
    IServiceScopeFactory scopes, RecomputeSignal signal, IOptions<RatingsOptions> options, TimeProvider clock, ILogger<RecomputeWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await signal.WaitAsync(options.Value.PollInterval, stoppingToken))
                {
                    await WaitForQuietAsync(stoppingToken);
                }

                while (await RecomputeOneAsync(stoppingToken) is not null)
                {
                }

                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Postgres away or a transient conflict: the competition stays dirty and is retried.
                failures++;
                var delay = TimeSpan.FromMilliseconds(Math.Min(30_000, 250 * Math.Pow(2, Math.Min(failures, 7))));
                LogFailed(exception, delay);
                await Task.Delay(delay, clock, stoppingToken);
            }
        }
    }

    /// <summary>Waits until no result has been recorded for the debounce delay, or the maximum delay has passed.</summary>
    private async Task WaitForQuietAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var started = clock.GetTimestamp();
        while (clock.GetElapsedTime(started) < settings.MaxDelay && await signal.WaitAsync(settings.DebounceDelay, cancellationToken))
        {
            // another result arrived within the quiet time: keep waiting
        }
    }

    private async Task<string?> RecomputeOneAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CompetitionRecomputer>().RecomputeNextAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ratings recomputation failed; retrying in {Delay}")]
    private partial void LogFailed(Exception exception, TimeSpan delay);
}

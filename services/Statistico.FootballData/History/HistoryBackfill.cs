using Microsoft.Extensions.Options;
using Statistico.FootballData.Providers;

namespace Statistico.FootballData.History;

/// <summary>
/// At start-up, backfills the history of every provider league that asks for it (<c>HistoryDaysBack</c>), retrying
/// every few seconds while a source is away, until each is complete; then it has nothing more to do.
/// </summary>
public sealed partial class HistoryBackfill(
    IServiceScopeFactory scopes, ProviderCatalog providers, IOptions<FootballDataOptions> options, ILogger<HistoryBackfill> logger)
    : BackgroundService
{
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>One pass over every configured league; true when all of them are complete.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var complete = true;
        // No relay hold here (unlike a CSV upload, ADR 22): reading a provider's past is page after page of HTTP and
        // leaves cores idle, and on a first start everything downstream waits for these results. Held, Ratings and the
        // compiler sat idle for the whole read and then took the 2,280 events in one burst; delivered as they commit,
        // they are consumed during the read (Ratings debounces its recomputation, ADR 0035).
        foreach (var (name, provider) in options.Value.Providers.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!provider.Enabled || provider.HistoryDaysBack <= 0 || providers.Find(name) is not IHistoryProvider source)
            {
                continue;
            }

            foreach (var (leagueId, competitionId) in provider.Leagues.OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                await using var scope = scopes.CreateAsyncScope();
                var runner = scope.ServiceProvider.GetRequiredService<HistoryBackfillRunner>();
                complete &= await runner.RunAsync(source, provider.HistoryDaysBack, leagueId, competitionId, cancellationToken);
            }
        }

        return complete;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(stoppingToken))
                {
                    return;
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The source's clock or the database may not be up yet: what is recorded stays, the next pass resumes.
                LogPassFailed(exception);
            }

            await Task.Delay(RetryDelay, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "History backfill pass failed; retrying")]
    private partial void LogPassFailed(Exception exception);
}

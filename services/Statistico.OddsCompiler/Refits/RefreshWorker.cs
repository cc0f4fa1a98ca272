using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.FootballData;
using Statistico.OddsCompiler.Data;

namespace Statistico.OddsCompiler.Refits;

/// <summary>
/// Runs due refreshes one competition at a time. At start-up it asks for a refit of every competition with fixtures
/// to price: the fitted models live in memory, so a restarted compiler rebuilds them from Football Data.
/// </summary>
public sealed partial class RefreshWorker(IServiceScopeFactory scopes, RefreshRequests requests, ILogger<RefreshWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RequestEveryCompetitionAsync(scopes, requests, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var request in requests.TakeDue())
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<CompetitionRefresher>().RefreshAsync(request.CompetitionId, request.Refit, stoppingToken);
                }
                catch (DbUpdateConcurrencyException)
                {
                    // A consumer changed a fixture this refresh had read (ADR 0406): nothing of it was saved or
                    // published; run it again on the committed change (the consumer asked for a refresh too).
                    LogFixtureChanged(request.CompetitionId);
                    requests.Request(request.CompetitionId, request.Refit);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    // Football Data or the database may be away; ask again later rather than lose the refresh.
                    LogRefreshFailed(exception, request.CompetitionId);
                    _ = RetryLaterAsync(request, stoppingToken);
                }
            }

            await requests.WaitAsync(stoppingToken);
        }
    }

    /// <summary>Asks for a refit of every competition that has a scheduled fixture (start-up and the Quartz schedule).</summary>
    public static async Task RequestEveryCompetitionAsync(IServiceScopeFactory scopes, RefreshRequests requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(requests);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OddsCompilerDbContext>();
        var competitions = await db.Fixtures.Where(f => f.Status == FixtureStatus.Scheduled).Select(f => f.CompetitionId).Distinct().ToListAsync(cancellationToken);
        foreach (var competition in competitions)
        {
            requests.Request(competition, refit: true);
        }
    }

    private async Task RetryLaterAsync(RefreshRequest request, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (!cancellationToken.IsCancellationRequested)
        {
            requests.Request(request.CompetitionId, request.Refit);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A fixture of {Competition} changed while it was being refreshed; refreshing it again")]
    private partial void LogFixtureChanged(string competition);

    [LoggerMessage(Level = LogLevel.Error, Message = "Refreshing {Competition} failed; retrying in 5 s")]
    private partial void LogRefreshFailed(Exception exception, string competition);
}

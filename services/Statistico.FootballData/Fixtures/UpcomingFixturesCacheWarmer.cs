using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.FootballData;
using Statistico.FootballData.Data;
using Statistico.FootballDataFiles;

namespace Statistico.FootballData.Fixtures;

/// <summary>
/// Fills the upcoming-fixtures cache from the database when the service starts: events only add what changes, so a
/// flushed or new Redis would otherwise stay empty until the next fixture is scheduled. Idempotent, so every replica
/// may run it; it keeps trying while Redis or Postgres is unreachable.
/// </summary>
public sealed partial class UpcomingFixturesCacheWarmer(
    IServiceScopeFactory scopes,
    UpcomingFixturesCache cache,
    TimeProvider clock,
    ILogger<UpcomingFixturesCacheWarmer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                LogWarmed(await WarmAsync(stoppingToken));
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRetrying(exception, delay);
                await Task.Delay(delay, clock, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
        }
    }

    internal async Task<int> WarmAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FootballDataDbContext>();
        var now = clock.GetUtcNow();
        var upcoming = await db.Fixtures.AsNoTracking()
            .Where(f => f.KickOff >= now && f.Status == FixtureStatus.Scheduled)
            .Select(f => new { f.Id, f.CompetitionId, f.Season.StartYear, Home = f.HomeTeam.Name, Away = f.AwayTeam.Name, f.KickOff })
            .ToListAsync(cancellationToken);
        foreach (var fixture in upcoming)
        {
            await cache.AddAsync(new UpcomingFixture(
                fixture.Id, fixture.CompetitionId, new SeasonName(fixture.StartYear).Label, fixture.Home, fixture.Away, fixture.KickOff));
        }

        return upcoming.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Upcoming-fixtures cache warmed with {Count} fixtures")]
    private partial void LogWarmed(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not warm the upcoming-fixtures cache yet; retrying in {Delay}")]
    private partial void LogRetrying(Exception exception, TimeSpan delay);
}

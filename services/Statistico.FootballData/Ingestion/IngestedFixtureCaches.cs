using Statistico.FootballData.Fixtures;

namespace Statistico.FootballData.Ingestion;

/// <summary>
/// Keeps the two Redis caches true after a season commits: changed fixtures leave the finished-fixture cache, and
/// fixtures that got a result leave the upcoming list. Only after the commit, so a rolled-back season changes neither.
/// </summary>
public sealed partial class IngestedFixtureCaches(FinishedFixtureCache finishedFixtures, UpcomingFixturesCache upcomingFixtures, ILogger<IngestedFixtureCaches> logger)
{
    public async Task AfterCommitAsync(IReadOnlyCollection<Guid> changed, IReadOnlyCollection<Guid> resulted)
    {
        await finishedFixtures.InvalidateAsync(changed);
        try
        {
            foreach (var id in resulted)
            {
                await upcomingFixtures.RemoveAsync(id);
            }
        }
        catch (StackExchange.Redis.RedisException exception)
        {
            LogUpcomingNotUpdated(exception, resulted.Count); // the warmer rebuilds the list at the next start
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not take {Count} resulted fixtures out of the upcoming cache")]
    private partial void LogUpcomingNotUpdated(Exception exception, int count);
}

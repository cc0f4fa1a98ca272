using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Statistico.Contracts.FootballData;
using Statistico.FootballData.Caching;
using Statistico.FootballData.Client;

namespace Statistico.FootballData.Fixtures;

/// <summary>
/// Finished fixtures in Redis: a played match only changes when a source corrects it, so it is read from Postgres
/// once and then served from the cache until an import invalidates it. Redis being down costs speed, never an answer.
/// </summary>
public sealed partial class FinishedFixtureCache(IConnectionMultiplexer redis, IOptions<CacheOptions> options, ILogger<FinishedFixtureCache> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Bounded anyway so a long-running Redis does not keep every season ever read.
    private static readonly TimeSpan TimeToLive = TimeSpan.FromDays(30);

    public async Task<FixtureDto?> GetAsync(Guid id)
    {
        try
        {
            var value = await redis.GetDatabase().StringGetAsync(Key(id));
            return value.HasValue ? JsonSerializer.Deserialize<FixtureDto>(value.ToString(), Json) : null;
        }
        catch (RedisException exception)
        {
            LogUnavailable(exception);
            return null;
        }
    }

    public async Task SetAsync(FixtureDto fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        if (fixture.Status != FixtureStatus.Finished)
        {
            return;
        }

        try
        {
            await redis.GetDatabase().StringSetAsync(Key(fixture.Id), JsonSerializer.Serialize(fixture, Json), TimeToLive);
        }
        catch (RedisException exception)
        {
            LogUnavailable(exception);
        }
    }

    /// <summary>Drops the cached copies of fixtures an import has just changed (called after the commit).</summary>
    public async Task InvalidateAsync(IReadOnlyCollection<Guid> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return;
        }

        try
        {
            await redis.GetDatabase().KeyDeleteAsync([.. ids.Select(Key)]);
        }
        catch (RedisException exception)
        {
            // A stale entry would outlive the correction: say so loudly; the TTL bounds the damage.
            LogInvalidationFailed(exception, ids.Count);
        }
    }

    private RedisKey Key(Guid id) => $"{options.Value.KeyPrefix}fixture:{id}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis unavailable; serving finished fixtures from Postgres")]
    private partial void LogUnavailable(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not invalidate {Count} corrected fixtures in Redis; they may be served stale until their TTL")]
    private partial void LogInvalidationFailed(Exception exception, int count);
}

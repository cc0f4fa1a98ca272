using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Statistico.FootballData.Caching;

namespace Statistico.FootballData.Fixtures;

/// <summary>
/// Upcoming fixtures in Redis: a sorted set of ids scored by kick-off plus a hash of the fixtures, so
/// "what is coming up" is one range query instead of a database scan on every page load.
/// </summary>
public sealed class UpcomingFixturesCache(IConnectionMultiplexer redis, IOptions<CacheOptions> options, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private RedisKey ByKickOffKey => options.Value.KeyPrefix + "upcoming:by-kick-off";

    private RedisKey FixturesKey => options.Value.KeyPrefix + "upcoming:fixtures";

    public async Task AddAsync(UpcomingFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var db = redis.GetDatabase();
        var id = fixture.Id.ToString();
        var transaction = db.CreateTransaction();
        _ = transaction.HashSetAsync(FixturesKey, id, JsonSerializer.Serialize(fixture, Json));
        _ = transaction.SortedSetAddAsync(ByKickOffKey, id, fixture.KickOff.ToUnixTimeMilliseconds());
        await transaction.ExecuteAsync();
    }

    /// <summary>Moves a cached fixture to a new kick-off (no-op when it is not cached).</summary>
    public async Task MoveAsync(Guid id, DateTimeOffset kickOff)
    {
        var db = redis.GetDatabase();
        var value = await db.HashGetAsync(FixturesKey, id.ToString());
        if (value.HasValue && JsonSerializer.Deserialize<UpcomingFixture>(value.ToString(), Json) is { } fixture)
        {
            await AddAsync(fixture with { KickOff = kickOff });
        }
    }

    /// <summary>Takes a fixture out (postponed, abandoned, played).</summary>
    public async Task RemoveAsync(Guid id)
    {
        var db = redis.GetDatabase();
        var transaction = db.CreateTransaction();
        _ = transaction.HashDeleteAsync(FixturesKey, id.ToString());
        _ = transaction.SortedSetRemoveAsync(ByKickOffKey, id.ToString());
        await transaction.ExecuteAsync();
    }

    /// <summary>Fixtures kicking off from now on, soonest first.</summary>
    public async Task<IReadOnlyList<UpcomingFixture>> GetAsync(int limit)
    {
        var db = redis.GetDatabase();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var ids = await db.SortedSetRangeByScoreAsync(ByKickOffKey, now, double.PositiveInfinity, take: limit);
        if (ids.Length == 0)
        {
            return [];
        }

        var values = await db.HashGetAsync(FixturesKey, ids);
        return [.. values.Where(v => v.HasValue).Select(v => JsonSerializer.Deserialize<UpcomingFixture>(v.ToString(), Json)!)];
    }
}

using StackExchange.Redis;

namespace Statistico.Testing;

/// <summary>Deletes test keys on the test Redis: those matching a pattern that the caller also accepts.</summary>
internal static class RedisKeys
{
    public static async Task<int> DeleteAsync(string cache, string pattern, Func<string, bool> accept)
    {
        var options = ConfigurationOptions.Parse(cache);
        options.AllowAdmin = false;
        await using var redis = await ConnectionMultiplexer.ConnectAsync(options);
        var deleted = 0;
        foreach (var endpoint in redis.GetEndPoints())
        {
            var server = redis.GetServer(endpoint);
            if (server.IsReplica)
            {
                continue;
            }

            var batch = new List<RedisKey>();
            await foreach (var key in server.KeysAsync(pattern: pattern, pageSize: 1000))
            {
                if (accept(key.ToString()))
                {
                    batch.Add(key);
                }
            }

            if (batch.Count > 0)
            {
                deleted += (int)await redis.GetDatabase().KeyDeleteAsync([.. batch]);
            }
        }

        return deleted;
    }
}

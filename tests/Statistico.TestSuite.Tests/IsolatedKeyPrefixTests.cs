using StackExchange.Redis;
using Statistico.Testing;

namespace Statistico.TestSuite.Tests;

/// <summary>A test's Redis key prefix is its own, marked as a test's, and takes its keys with it when disposed (issue 22).</summary>
[Trait("Category", "Integration")]
public sealed class IsolatedKeyPrefixTests(TestInfrastructure infrastructure) : IClassFixture<TestInfrastructure>
{
    [Fact]
    public async Task Disposing_a_prefix_deletes_every_key_under_it_and_no_other()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(infrastructure.Endpoints.Cache);
        var db = redis.GetDatabase();
        var mine = infrastructure.CreateKeyPrefix("prefix");
        await using var neighbour = infrastructure.CreateKeyPrefix("prefix");
        Assert.NotEqual(mine.Prefix, neighbour.Prefix);
        Assert.StartsWith("test:", mine.Prefix, StringComparison.Ordinal); // never a dev platform's statistico:… keys
        RedisKey[] written = [mine.Prefix + "upcoming:fixtures", mine.Prefix + "upcoming:by-kick-off", mine.Prefix + "fixture:1"];
        await db.StringSetAsync(written[0], "{}");
        await db.SortedSetAddAsync(written[1], "1", 1);
        await db.HashSetAsync(written[2], "home", "Fulham");
        await db.StringSetAsync(neighbour.Prefix + "upcoming:fixtures", "another test's");

        await mine.DisposeAsync();

        Assert.Equal(0, await db.KeyExistsAsync(written));
        Assert.True(await db.KeyExistsAsync(neighbour.Prefix + "upcoming:fixtures"), "a neighbouring test's key was deleted");
    }
}

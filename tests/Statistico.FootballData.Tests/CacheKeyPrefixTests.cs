using System.Net.Http.Json;
using StackExchange.Redis;
using Statistico.FootballData.Fixtures;
using Statistico.Testing;

namespace Statistico.FootballData.Tests;

/// <summary>The service writes its cache under the test's key prefix only, and stopping the test leaves none of it behind.</summary>
[Trait("Category", "Integration")]
public sealed class CacheKeyPrefixTests(TestInfrastructure infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_cache_lives_under_the_tests_own_prefix_and_goes_with_it()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(infrastructure.Endpoints.Cache);
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        string prefix;
        await using (var host = await FootballDataHost.StartAsync(infrastructure, "fd-prefix"))
        {
            prefix = host.KeyPrefix;
            using var created = await host.Client.PostAsJsonAsync("/api/fixtures", new ScheduleFixtureRequest("E0", "2026/27", "Fulham", "Brentford", DateTimeOffset.UtcNow.AddDays(2)), Ct);
            created.EnsureSuccessStatusCode();
            await Eventually.UntilAsync(
                async () => await server.KeysAsync(pattern: prefix + "upcoming:*").AnyAsync(Ct),
                TimeSpan.FromSeconds(30), "the upcoming-fixtures cache under the test's prefix", Ct);
        }

        Assert.False(await server.KeysAsync(pattern: prefix + "*").AnyAsync(Ct), $"keys under {prefix} outlived the test");
    }
}

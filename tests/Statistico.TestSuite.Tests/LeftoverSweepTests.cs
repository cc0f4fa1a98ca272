using Npgsql;
using StackExchange.Redis;
using Statistico.Testing;

namespace Statistico.TestSuite.Tests;

/// <summary>What a killed run left (marked names over an hour old) is dropped by the next run; nothing else is.</summary>
[Trait("Category", "Integration")]
public sealed class LeftoverSweepTests(TestInfrastructure infrastructure) : IClassFixture<TestInfrastructure>
{
    [Fact]
    public async Task Databases_virtual_hosts_and_keys_older_than_an_hour_are_dropped_and_fresh_ones_kept()
    {
        var ct = TestContext.Current.CancellationToken;
        var now = DateTimeOffset.UtcNow;
        var endpoints = infrastructure.Endpoints;
        var oldDatabase = TestResourceNames.Database("sweepold", now.AddHours(-2));
        await IsolatedDatabase.ExecuteOnServerAsync(endpoints.PostgresAdmin, $"CREATE DATABASE \"{oldDatabase}\"");
        await using var fresh = await infrastructure.CreateDatabaseAsync("sweepfresh");
        var oldVirtualHost = TestResourceNames.VirtualHost("sweepold", now.AddHours(-2));
        using var management = RabbitManagementClient.Create(endpoints.RabbitManagement);
        (await management.PutAsync(new Uri($"/api/vhosts/{oldVirtualHost}", UriKind.Relative), RabbitManagementClient.Json("{}"), ct)).EnsureSuccessStatusCode();
        await using var freshVirtualHost = await infrastructure.CreateVirtualHostAsync("sweepfresh");
        await using var redis = await ConnectionMultiplexer.ConnectAsync(endpoints.Cache);
        var oldKey = TestResourceNames.KeyPrefix("sweepold", now.AddHours(-2)) + "upcoming:fixtures";
        var freshKey = TestResourceNames.KeyPrefix("sweepfresh", now) + "upcoming:fixtures";
        await redis.GetDatabase().StringSetAsync(oldKey, "left by a killed run");
        await redis.GetDatabase().StringSetAsync(freshKey, "a running test's", TimeSpan.FromMinutes(5));

        var swept = await LeftoverSweep.SweepAsync(endpoints, now);

        Assert.True(swept >= 3, $"swept {swept}");
        Assert.DoesNotContain(oldDatabase, await DatabasesAsync(endpoints.PostgresAdmin));
        Assert.Contains(fresh.Name, await DatabasesAsync(endpoints.PostgresAdmin));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await management.GetAsync(new Uri($"/api/vhosts/{oldVirtualHost}", UriKind.Relative), ct)).StatusCode);
        Assert.True((await management.GetAsync(new Uri($"/api/vhosts/{freshVirtualHost.Name}", UriKind.Relative), ct)).IsSuccessStatusCode);
        Assert.False(await redis.GetDatabase().KeyExistsAsync(oldKey));
        Assert.True(await redis.GetDatabase().KeyExistsAsync(freshKey));
        await redis.GetDatabase().KeyDeleteAsync(freshKey);
    }

    [Fact]
    public async Task The_next_runs_infrastructure_sweeps_a_killed_runs_leftovers_when_it_starts()
    {
        var endpoints = infrastructure.Endpoints;
        var killed = TestResourceNames.Database("killedrun", DateTimeOffset.UtcNow.AddHours(-3));
        await IsolatedDatabase.ExecuteOnServerAsync(endpoints.PostgresAdmin, $"CREATE DATABASE \"{killed}\"");
        Assert.Contains(killed, await DatabasesAsync(endpoints.PostgresAdmin));

        // What every test assembly does first (its assembly fixture): no test has to remember the sweep.
        var next = new TestInfrastructure();
        await next.InitializeAsync();
        await next.DisposeAsync();

        Assert.DoesNotContain(killed, await DatabasesAsync(endpoints.PostgresAdmin));
    }

    private static async Task<List<string>> DatabasesAsync(string adminConnectionString)
    {
        var server = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT datname FROM pg_database", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}

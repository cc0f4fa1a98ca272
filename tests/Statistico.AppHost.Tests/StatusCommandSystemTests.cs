using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Statistico.Cli;
using Statistico.Cli.Status;
using Statistico.Testing;

namespace Statistico.AppHost.Tests;

/// <summary>
/// <c>statistico status --json --once</c> against the running platform (the real AppHost, in external mode on the test
/// servers): every service is reported healthy with its counts, and the world clock is read.
/// </summary>
[Trait("Category", "System")]
[Collection(AppHostSerialGroup.Name)]
public sealed class StatusCommandSystemTests(TestInfrastructure infrastructure)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private static readonly string[] Databases = ["footballdata", "ratings", "simulator", "oddswarehouse", "oddscompiler", "oddschecker", "trader"];

    [Fact]
    public async Task Status_reports_every_service_healthy_with_its_counts()
    {
        var ct = TestContext.Current.CancellationToken;
        var owned = new List<IsolatedDatabase>();
        try
        {
            foreach (var name in Databases)
            {
                owned.Add(await infrastructure.CreateDatabaseAsync("status-" + name));
            }

            await using var virtualHost = await infrastructure.CreateVirtualHostAsync("status");
            var endpoints = infrastructure.Endpoints;
            var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Statistico_AppHost>(
                [
                    "Infrastructure:Mode=external",
                    $"ConnectionStrings:messaging={virtualHost.BrokerUri}",
                    $"ConnectionStrings:postgres={endpoints.Postgres}",
                    $"ConnectionStrings:cache={endpoints.Cache}",
                    .. Databases.Select((name, i) => $"ConnectionStrings:{name}={owned[i].ConnectionString}"),
                ],
                ct);
            // Its own Redis key prefix, deleted after the app stops (declared before it), as in AppHostTests.
            await using var keyPrefix = infrastructure.CreateKeyPrefix("status");
            builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "football-data")).WithEnvironment("Cache__KeyPrefix", keyPrefix.Prefix);
            await using var app = await builder.BuildAsync(ct).WaitAsync(StartTimeout, ct);
            await app.StartAsync(ct).WaitAsync(StartTimeout, ct);
            foreach (var target in StatusTarget.All)
            {
                await app.ResourceNotifications.WaitForResourceHealthyAsync(target.Name, ct).WaitAsync(StartTimeout, ct);
            }

            // Every service by the URL the AppHost gave it, as a user passes them (or the defaults when run by run.sh).
            string[] args = ["status", "--json", "--once", .. StatusTarget.All.SelectMany(t => new[] { t.Option, app.GetEndpoint(t.Name, "http").AbsoluteUri })];

            // Football Data polls the world on its schedule: wait for its first fixtures, so the counts mean something.
            var (exitCode, json) = await Eventually.GetAsync(
                () => RunAsync(args),
                run => run.ExitCode == 0 && Count(run.Json, "football-data", "fixtures") > 0,
                TimeSpan.FromSeconds(120), "status to report Football Data's first fixtures", ct);

            Assert.Equal(0, exitCode);
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            Assert.True(root.GetProperty("healthy").GetBoolean());
            var world = root.GetProperty("world");
            Assert.Equal(JsonValueKind.Object, world.ValueKind);
            Assert.True(world.GetProperty("fixtures").GetInt32() > 0);
            var services = root.GetProperty("services").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
            Assert.Equal(StatusTarget.All.Select(t => t.Name).Order(StringComparer.Ordinal), services.Keys.Order(StringComparer.Ordinal));
            Assert.All(services.Values, s => Assert.Equal("healthy", s.GetProperty("health").GetString()));
            // Each service's own summary was read: its first stage is there with a count.
            foreach (var (name, firstLine) in new[]
            {
                ("football-data", "fixtures"), ("ratings-service", "results"), ("odds-compiler", "fixtures"),
                ("odds-checker", "fixtures tracked"), ("odds-warehouse", "fixtures"), ("trader-service", "strategies active"),
            })
            {
                Assert.True(Count(json, name, firstLine) >= 0, $"{name} has no '{firstLine}' line: {services[name]}");
            }

            // The Trader's demo strategies start ACTIVE.
            Assert.True(Count(json, "trader-service", "strategies active") >= 2, json);
        }
        finally
        {
            foreach (var database in owned)
            {
                await database.DisposeAsync();
            }
        }
    }

    private static async Task<(int ExitCode, string Json)> RunAsync(string[] args)
    {
        using var capture = new ConsoleCapture();
        var exitCode = await StatisticoCommand.InvokeAsync(StatisticoCommand.Create(capture.Console), args, TestContext.Current.CancellationToken);
        return (exitCode, capture.Text);
    }

    /// <summary>The count of a service's summary line; -1 when the line (or the service's summary) is not there.</summary>
    private static long Count(string json, string service, string line)
    {
        using var document = JsonDocument.Parse(json);
        var lines = document.RootElement.GetProperty("services").EnumerateArray()
            .Single(s => s.GetProperty("name").GetString() == service).GetProperty("lines").EnumerateArray();
        return lines.Where(l => l.GetProperty("name").GetString() == line).Select(l => l.GetProperty("count").GetInt64()).DefaultIfEmpty(-1).First();
    }
}

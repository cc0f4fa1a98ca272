using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Statistico.FootballData.Client;
using Statistico.FootballData.Fixtures;
using Statistico.Testing;

namespace Statistico.FootballData.Tests;

/// <summary>The service end to end on real Postgres, RabbitMQ and Redis: storage, events, cache, health.</summary>
[Trait("Category", "Integration")]
public sealed class FootballDataServiceTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
    private IsolatedDatabase? database;
    private IsolatedVirtualHost? virtualHost;
    private FootballDataFactory? factory;
    private HttpClient? client;

    private HttpClient Client => client!;

    public async ValueTask InitializeAsync()
    {
        database = await infrastructure.CreateDatabaseAsync("footballdata");
        virtualHost = await infrastructure.CreateVirtualHostAsync("footballdata");
        factory = new FootballDataFactory(
            database.ConnectionString, virtualHost.BrokerUri, infrastructure.Endpoints.Cache, infrastructure.CreateKeyPrefix("fd"));
        client = factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (virtualHost is not null)
        {
            await virtualHost.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_scheduled_fixture_is_stored_and_its_event_fills_the_upcoming_cache_over_the_broker()
    {
        var kickOff = DateTimeOffset.UtcNow.AddDays(3).AddTicks(7); // sub-second part: stored to the second
        var response = await Client.PostAsJsonAsync("/api/fixtures", Request("Arsenal", "Chelsea", kickOff), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<FixtureDto>(Json, Ct))!;
        var stored = await Client.GetFromJsonAsync<FixtureDto>($"/api/fixtures/{created.Id}", Json, Ct);
        Assert.Equal(created, stored);

        var upcoming = await Eventually.GetAsync(
            () => Client.GetFromJsonAsync<List<UpcomingFixture>>("/api/fixtures/upcoming", Json, Ct)!,
            list => list!.Count > 0, TimeSpan.FromSeconds(30), "FixtureScheduled to reach the cache consumer", TestContext.Current.CancellationToken);
        Assert.Equal(created.Id, Assert.Single(upcoming!).Id);
    }

    [Fact]
    public async Task A_restarted_service_fills_an_empty_cache_from_the_database()
    {
        var kickOff = DateTimeOffset.UtcNow.AddDays(2);
        var created = await (await Client.PostAsJsonAsync("/api/fixtures", Request("Fulham", "Brentford", kickOff), Ct))
            .Content.ReadFromJsonAsync<FixtureDto>(Json, Ct);
        await Eventually.GetAsync(
            () => Client.GetFromJsonAsync<List<UpcomingFixture>>("/api/fixtures/upcoming", Json, Ct)!,
            list => list!.Count == 1, TimeSpan.FromSeconds(30), "the event to fill the cache", Ct);

        // A new Redis (or a flushed one) and a restarted service: nothing will publish this fixture again.
        var prefix = infrastructure.CreateKeyPrefix("fd-restart");
        await using var restarted = new FootballDataFactory(database!.ConnectionString, virtualHost!.BrokerUri, infrastructure.Endpoints.Cache, prefix);
        using var client = restarted.CreateClient();

        var upcoming = await Eventually.GetAsync(
            () => client.GetFromJsonAsync<List<UpcomingFixture>>("/api/fixtures/upcoming", Json, Ct)!,
            list => list!.Count == 1, TimeSpan.FromSeconds(30), "the warmer to fill the new cache", Ct);
        Assert.Equal(created!.Id, Assert.Single(upcoming!).Id);
    }

    [Fact]
    public async Task Scheduling_the_same_fixture_twice_keeps_one_fixture()
    {
        var kickOff = DateTimeOffset.UtcNow.AddDays(5);
        var first = await Client.PostAsJsonAsync("/api/fixtures", Request("Leeds", "Everton", kickOff), Ct);
        var second = await Client.PostAsJsonAsync("/api/fixtures", Request(" Leeds ", "Everton", kickOff), Ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var firstId = (await first.Content.ReadFromJsonAsync<FixtureDto>(Json, Ct))!.Id;
        Assert.Equal(firstId, (await second.Content.ReadFromJsonAsync<FixtureDto>(Json, Ct))!.Id);
        Assert.Equal(1L, await CountFixturesAsync());
    }

    [Fact]
    public async Task Bad_input_gets_problem_details_and_stores_nothing()
    {
        var response = await Client.PostAsJsonAsync("/api/fixtures", Request("Arsenal", "Arsenal", DateTimeOffset.UtcNow), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("A team cannot play itself.", problem.GetProperty("errors").GetProperty("AwayTeam")[0].GetString());
        Assert.Equal(0L, await CountFixturesAsync());
    }

    [Fact]
    public async Task An_unknown_fixture_is_a_404_problem()
    {
        var response = await Client.GetAsync($"/api/fixtures/{Guid.NewGuid()}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Health_reports_the_database_the_cache_and_the_bus()
    {
        var health = await Eventually.GetAsync(
            () => HealthReport.ReadAsync(Client, Ct),
            body => body.GetProperty("status").GetString() == "Healthy", TimeSpan.FromSeconds(30), "the service to become healthy", TestContext.Current.CancellationToken);

        var checks = health.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("footballdata").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("cache").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("masstransit-bus").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/alive", Ct)).StatusCode);
    }

    [Fact]
    public async Task Migrations_create_the_schema_and_the_outbox_tables_at_start_up()
    {
        await using var connection = new NpgsqlConnection(database!.ConnectionString);
        await connection.OpenAsync(Ct);
        var migrations = new List<string>();
        await using (var command = new NpgsqlCommand("SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY 1", connection))
        await using (var reader = await command.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                migrations.Add(reader.GetString(0));
            }
        }

        Assert.Collection(
            migrations,
            m => Assert.EndsWith("_InitialCreate", m, StringComparison.Ordinal),
            m => Assert.EndsWith("_RelayDeliversEveryOutboxRow", m, StringComparison.Ordinal),
            m => Assert.EndsWith("_HistoryBackfills", m, StringComparison.Ordinal),
            m => Assert.EndsWith("_RecurringJobFirings", m, StringComparison.Ordinal));
        // outbox_state went with MassTransit's relay (ADR 0023): the relay claims outbox_message rows directly.
        await using var tables = new NpgsqlCommand(
            "SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables WHERE table_name IN ('inbox_state', 'outbox_state', 'outbox_message', 'competitions', 'seasons', 'teams', 'team_aliases', 'fixtures', 'import_runs', 'qrtz_job_details', 'recurring_job_firings')",
            connection);
        Assert.Equal(
            "competitions,fixtures,import_runs,inbox_state,outbox_message,qrtz_job_details,recurring_job_firings,seasons,team_aliases,teams",
            (string)(await tables.ExecuteScalarAsync(Ct))!);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ScheduleFixtureRequest Request(string home, string away, DateTimeOffset kickOff) =>
        new("E0", "2026/27", home, away, kickOff);

    private async Task<long> CountFixturesAsync()
    {
        await using var connection = new NpgsqlConnection(database!.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM fixtures", connection);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Statistico.FootballData.History;
using Statistico.Testing;

namespace Statistico.FootballData.Tests.History;

/// <summary>
/// The history backfill in the real service on real Postgres and RabbitMQ: it reads a source's past once per league,
/// records its progress window by window, resumes after a failure or a restart where it stopped, and re-reading
/// stores nothing twice.
/// </summary>
[Trait("Category", "Integration")]
public sealed class HistoryBackfillTests(TestInfrastructure infrastructure)
{
    private const int DaysBack = 400;
    private static readonly DateOnly Today = new(2025, 3, 1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_league_is_backfilled_once_and_reading_it_again_stores_nothing_twice()
    {
        await using var server = await HistorySportmonksServer.StartAsync(Today);
        await using var database = await infrastructure.CreateDatabaseAsync("fdhistory");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("fdhistory");
        var from = Today.AddDays(-DaysBack);
        var to = Today.AddDays(-1);
        var expected = HistorySportmonksServer.Matches(8, from, to).Count() + HistorySportmonksServer.Matches(9, from, to).Count();

        await using (var factory = Factory(database, virtualHost, server))
        {
            using var client = factory.CreateClient();
            var rows = await CompletedAsync(client);
            Assert.Equal(["8", "9"], rows.Select(r => r.GetProperty("leagueId").GetString()));
            Assert.All(rows, r => Assert.Equal((from, to), (DateOnly.Parse(r.GetProperty("from").GetString()!, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(r.GetProperty("to").GetString()!, System.Globalization.CultureInfo.InvariantCulture))));
            Assert.Equal(expected, rows.Sum(r => r.GetProperty("fixtures").GetInt32()));
            Assert.Equal(expected, await ScalarAsync(database, "SELECT count(*) FROM fixtures WHERE \"Status\" = 'Finished' AND \"HomeShotsOnTarget\" IS NOT NULL"));
            // Every window of the range was read once per league: 400 days in windows of 100.
            Assert.Equal(2 * 4, server.Windows.Count);

            // Read again from the start (as a second replica racing it would): nothing new is stored or announced.
            // The outbox's identity sequence counts every event ever written, delivered (and deleted) or not.
            const string Published = "SELECT coalesce(max(last_value), 0) FROM pg_sequences WHERE sequencename LIKE 'outbox_message%'";
            var outbox = await ScalarAsync(database, Published);
            // Played on arrival, so announced as history: one PlayedFixturesRecorded per page and season, not one per match.
            Assert.InRange(outbox, 1, expected - 1);
            await ExecuteAsync(database, "UPDATE history_backfills SET \"CompletedAt\" = NULL, \"NextFrom\" = \"From\"");
            Assert.True(await factory.Services.GetRequiredService<HistoryBackfill>().RunOnceAsync(Ct));
            Assert.Equal(expected, await ScalarAsync(database, "SELECT count(*) FROM fixtures"));
            Assert.Equal(outbox, await ScalarAsync(database, Published));
        }

        // A restart finds every league complete and asks the source nothing more.
        var windows = server.Windows.Count;
        await using (var restarted = Factory(database, virtualHost, server))
        {
            using var client = restarted.CreateClient();
            await CompletedAsync(client);
            Assert.True(await restarted.Services.GetRequiredService<HistoryBackfill>().RunOnceAsync(Ct));
        }

        Assert.Equal(windows, server.Windows.Count);
    }

    [Fact]
    public async Task A_backfill_stopped_by_a_failing_source_and_a_restart_resumes_at_the_first_window_not_done()
    {
        await using var server = await HistorySportmonksServer.StartAsync(Today);
        var from = Today.AddDays(-DaysBack);
        server.FailFrom = from.AddDays(200); // the third window of each league fails
        await using var database = await infrastructure.CreateDatabaseAsync("fdhistoryresume");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("fdhistoryresume");

        await using (var factory = Factory(database, virtualHost, server))
        {
            using var client = factory.CreateClient();
            await Eventually.UntilAsync(
                async () => (await RowsAsync(client)) is { Count: 2 } rows && rows.All(r => r.GetProperty("lastProblem").ValueKind == JsonValueKind.String),
                TimeSpan.FromSeconds(60), "both leagues to stop at the failing window", Ct);
            var rows = await RowsAsync(client);
            Assert.All(rows, r => Assert.Equal(from.AddDays(200).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), r.GetProperty("nextFrom").GetString()));
            Assert.All(rows, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("completedAt").ValueKind));
            Assert.Equal(
                HistorySportmonksServer.Matches(8, from, from.AddDays(199)).Count() + HistorySportmonksServer.Matches(9, from, from.AddDays(199)).Count(),
                await ScalarAsync(database, "SELECT count(*) FROM fixtures"));
        }

        // Restarted with the source back: only the windows not done are read, and the history completes.
        server.FailFrom = null;
        while (server.Windows.TryDequeue(out _))
        {
        }

        await using (var restarted = Factory(database, virtualHost, server))
        {
            using var client = restarted.CreateClient();
            await CompletedAsync(client);
        }

        Assert.All(server.Windows, w => Assert.True(w.From >= from.AddDays(200), $"{w.League} {w.From} was read again"));
        Assert.Equal(2 * 2, server.Windows.Count);
        var to = Today.AddDays(-1);
        Assert.Equal(
            HistorySportmonksServer.Matches(8, from, to).Count() + HistorySportmonksServer.Matches(9, from, to).Count(),
            await ScalarAsync(database, "SELECT count(*) FROM fixtures"));
    }

    private FootballDataFactory Factory(IsolatedDatabase database, IsolatedVirtualHost virtualHost, HistorySportmonksServer server) =>
        new(database.ConnectionString, virtualHost.BrokerUri, infrastructure.Endpoints.Cache, infrastructure.CreateKeyPrefix("fdhistory"), new Dictionary<string, string?>
        {
            ["FootballData:Providers:past:Type"] = "sportmonks",
            ["FootballData:Providers:past:BaseUrl"] = server.BaseUrl.ToString(),
            ["FootballData:Providers:past:SourceClockUrl"] = server.ClockUrl.ToString(),
            ["FootballData:Providers:past:UnknownTeams"] = "Create",
            ["FootballData:Providers:past:Leagues:8"] = "E0",
            ["FootballData:Providers:past:Leagues:9"] = "E1",
            ["FootballData:Providers:past:HistoryDaysBack"] = DaysBack.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FootballData:Providers:past:MaxAttempts"] = "1",
        });

    private static async Task<List<JsonElement>> CompletedAsync(HttpClient client)
    {
        await Eventually.UntilAsync(
            async () => (await RowsAsync(client)) is { Count: 2 } rows && rows.All(r => r.GetProperty("completedAt").ValueKind == JsonValueKind.String),
            TimeSpan.FromSeconds(90), "both leagues' history to complete", Ct);
        return await RowsAsync(client);
    }

    private static async Task<List<JsonElement>> RowsAsync(HttpClient client) =>
        await client.GetFromJsonAsync<List<JsonElement>>("/api/providers/past/history", Ct) ?? [];

    private static async Task<long> ScalarAsync(IsolatedDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(IsolatedDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }
}

using System.Diagnostics;
using Npgsql;
using Statistico.Cli;
using Statistico.Testing;

namespace Statistico.FootballData.Tests.Import;

/// <summary>
/// Issue 4's acceptance: all 60 shared files through <c>statistico import football-data</c> into the real service
/// (real Postgres, RabbitMQ and Redis): every match stored as its file says, one event each, and a re-run that
/// changes and publishes nothing. The relay is off so the outbox still holds every event to count.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SharedDataImportTests(TestInfrastructure infrastructure)
{
    private const int SharedMatches = 23_679;

    [Fact]
    public async Task Importing_every_shared_file_stores_each_match_as_its_file_says_and_a_rerun_changes_and_publishes_nothing()
    {
        await using var host = await FootballDataHost.StartAsync(
            infrastructure, "fdimport", new Dictionary<string, string?> { ["Messaging:Outbox:RelayEnabled"] = "false" });

        var first = Stopwatch.StartNew();
        var (exit, output) = await ImportAsync(host);
        first.Stop();
        Assert.True(exit == 0, output);
        TestContext.Current.TestOutputHelper?.WriteLine($"first import of 60 files: {first.Elapsed.TotalSeconds:F1} s (test host, not the benchmark)");

        Assert.Equal(SharedMatches, await host.ScalarAsync("SELECT count(*) FROM fixtures WHERE \"Status\" = 'Finished'"));
        Assert.Equal(6, await host.ScalarAsync("SELECT count(*) FROM competitions"));
        Assert.Equal(60, await host.ScalarAsync("SELECT count(*) FROM seasons"));
        var mismatches = (await StoredMatchesAsync(host)).ToHashSet();
        var missing = ExpectedMatches.ReadAll().Where(line => !mismatches.Remove(line)).Take(5).ToList();
        Assert.True(missing.Count == 0 && mismatches.Count == 0, $"not stored as in the file: {string.Join("; ", missing)}; stored but not in a file: {string.Join("; ", mismatches.Take(5))}");

        // Every match arrived played: one PlayedFixturesRecorded per season file carrying each match once, and nothing
        // else, waiting in the outbox.
        const string Events = "SELECT count(*) FROM outbox_message";
        const string Recorded = """
            SELECT count(*) FROM outbox_message, jsonb_array_elements("Body"::jsonb -> 'message' -> 'results') AS r
            WHERE "MessageType" LIKE '%PlayedFixturesRecorded%'
            """;
        const string DistinctRecorded = """
            SELECT count(DISTINCT r ->> 'fixtureId') FROM outbox_message, jsonb_array_elements("Body"::jsonb -> 'message' -> 'results') AS r
            WHERE "MessageType" LIKE '%PlayedFixturesRecorded%'
            """;
        Assert.Equal(60, await host.ScalarAsync(Events));
        Assert.Equal(SharedMatches, await host.ScalarAsync(Recorded));
        Assert.Equal(SharedMatches, await host.ScalarAsync(DistinctRecorded));

        var (again, againOutput) = await ImportAsync(host);
        Assert.True(again == 0, againOutput);
        Assert.Equal(60, await host.ScalarAsync(Events));
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM fixtures WHERE \"Revision\" <> 1"));
        Assert.Equal(SharedMatches, await host.ScalarAsync(
            "SELECT sum(\"Unchanged\") FROM (SELECT \"Unchanged\" FROM import_runs ORDER BY \"StartedAt\" DESC LIMIT 60) AS latest"));
        Assert.Equal(0, await host.ScalarAsync(
            "SELECT sum(\"Inserted\" + \"Updated\") FROM (SELECT * FROM import_runs ORDER BY \"StartedAt\" DESC LIMIT 60) AS latest"));
    }

    private static async Task<(int Exit, string Output)> ImportAsync(FootballDataHost host)
    {
        using var console = new ConsoleCapture();
        var command = StatisticoCommand.Create(console.Console, _ => host.Factory.CreateClient());
        var exit = await command.Parse(["import", "football-data", "--path", SharedData.FootballDataFolder]).InvokeAsync(cancellationToken: TestContext.Current.CancellationToken);
        return (exit, console.Text);
    }

    private static async Task<List<string>> StoredMatchesAsync(FootballDataHost host)
    {
        const string Sql = """
            SELECT f."CompetitionId", s."StartYear", h."Name", a."Name", f."HomeGoals", f."AwayGoals", f."HalfTimeHomeGoals", f."HalfTimeAwayGoals",
                   f."HomeShots", f."AwayShots", f."HomeShotsOnTarget", f."AwayShotsOnTarget", f."HomeFouls", f."AwayFouls",
                   f."HomeCorners", f."AwayCorners", f."HomeYellowCards", f."AwayYellowCards", f."HomeRedCards", f."AwayRedCards", f."Referee"
            FROM fixtures f JOIN seasons s ON s."Id" = f."SeasonId" JOIN teams h ON h."Id" = f."HomeTeamId" JOIN teams a ON a."Id" = f."AwayTeamId"
            """;
        var lines = new List<string>();
        await using var connection = new NpgsqlConnection(host.Database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(Sql, connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            lines.Add(ExpectedMatches.Line(Enumerable.Range(0, reader.FieldCount)
                .Select(i => reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!)));
        }

        return lines;
    }
}

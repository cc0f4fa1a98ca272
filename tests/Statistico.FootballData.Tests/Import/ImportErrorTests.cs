using System.Net.Http.Json;
using Statistico.FootballData.Client;
using Statistico.Testing;

namespace Statistico.FootballData.Tests.Import;

/// <summary>
/// An import run is readable by anyone who can call GET /api/imports: a database failure is reported with a stable
/// code and advice, never the database's own text (which can name hosts, roles, tables and values); the log has it.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ImportErrorTests(TestInfrastructure infrastructure)
{
    private const string Secret = "db-7.internal role=statistico_admin";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_season_the_database_refuses_is_reported_with_a_stable_code_and_without_the_database_text()
    {
        await using var host = await FootballDataHost.StartAsync(infrastructure, "fderrors");
        Assert.Empty((await host.Client.GetFromJsonAsync<List<ImportReport>>("/api/imports", Ct))!); // migrated and started
        await host.ScalarAsync($"""
            CREATE FUNCTION refuse_fixture() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION '{Secret}'; END$$;
            CREATE TRIGGER refuse_fixture BEFORE INSERT ON fixtures FOR EACH ROW EXECUTE FUNCTION refuse_fixture();
            SELECT 1
            """);

        using var csv = new StreamContent(File.OpenRead(Path.Combine(SharedData.FootballDataFolder, "E0", "2021-22.csv")));
        csv.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        var response = await host.Client.PostAsync(new Uri("/api/imports/football-data-co-uk?name=E0/2021-22.csv", UriKind.Relative), csv, Ct);
        response.EnsureSuccessStatusCode();
        var report = (await response.Content.ReadFromJsonAsync<ImportReport>(Ct))!;

        var stored = (await host.Client.GetFromJsonAsync<ImportReport>($"/api/imports/{report.RunId}", Ct))!;
        var listed = Assert.Single((await host.Client.GetFromJsonAsync<List<ImportReport>>("/api/imports", Ct))!);
        var body = await host.Client.GetStringAsync(new Uri($"/api/imports/{report.RunId}", UriKind.Relative), Ct);
        var problem = Assert.Single(stored.Problems, p => p.Reason.Contains("not stored", StringComparison.Ordinal));
        Assert.Equal("E0 2021/22 not stored (season-not-stored): the database refused the batch; retry the import", problem.Reason);
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM fixtures"));
        Assert.DoesNotContain("db-7.internal", body, StringComparison.Ordinal);
        Assert.DoesNotContain("db-7.internal", string.Join(" ", report.Problems.Select(p => p.Reason)), StringComparison.Ordinal);
        Assert.Equal(report.RunId, listed.RunId);
    }
}

using System.Text.Json;
using Statistico.Cli;
using Statistico.OddsCompiler.Apis;
using Statistico.Testing;

namespace Statistico.OddsCompiler.Tests;

/// <summary><c>statistico evaluate --compiler</c> against the real compiler: each league's metrics land on its latest snapshot.</summary>
[Trait("Category", "System")]
public sealed class EvaluationUploadTests(TestInfrastructure infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Evaluate_stores_each_leagues_metrics_on_its_latest_snapshot_and_reports_a_league_without_a_model()
    {
        await using var system = await CompilerSystem.StartAsync(infrastructure, "oc-evaluate");
        await system.FootballData.ImportFootballDataCoUkAsync("E0/2021-22.csv", SeasonFile.WithUnplayed("E0", "2021-22", unplayed: 10), Ct);
        var models = await Eventually.GetAsync(
            () => system.FindAsync<CompetitionModelsDto>("/api/models/E0", Ct),
            m => m is { Priced: true } && m.Snapshots.Count > 0, TimeSpan.FromSeconds(90), "an E0 model", Ct);
        var latest = models!.Snapshots[0].Version;
        var json = Path.Combine(Path.GetTempPath(), $"evaluate-{Guid.NewGuid():N}.json");

        using var capture = new ConsoleCapture();
        var exitCode = await StatisticoCommand.Create(capture.Console, uri => new HttpClient(system.Compiler.Server.CreateHandler()) { BaseAddress = uri })
            .Parse([
                "evaluate", "--data", SharedData.FootballDataFolder, "--leagues", "E0,E1", "--from-season", "2021-22", "--to-season", "2021-22",
                "--window-days", "365", "--json", json, "--compiler", "http://odds-compiler",
            ]).InvokeAsync(cancellationToken: Ct);

        // E1 has no model in this compiler: said, and skipped; E0 is still stored.
        Assert.Equal(0, exitCode);
        Assert.Contains("the compiler has no model for E1", capture.Text, StringComparison.Ordinal);
        Assert.Contains($"stored E0 metrics on model v{latest}", capture.Text, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json, Ct));
        File.Delete(json);
        var production = report.RootElement.GetProperty("production").GetString();
        var e0Rows = report.RootElement.GetProperty("leagues").GetProperty("E0").EnumerateArray().ToList();

        var snapshot = (await system.GetAsync<SnapshotDto>($"/api/models/E0/snapshots/{latest}", Ct))!;
        var evaluation = snapshot.Evaluation!.Value;
        Assert.Equal(production, evaluation.GetProperty("model").GetString());
        Assert.Equal("2021-22", evaluation.GetProperty("fromSeason").GetString());
        Assert.Equal(e0Rows.Single(r => r.GetProperty("name").GetString() == production).GetProperty("rps").GetDouble(),
            evaluation.GetProperty("production").GetProperty("rps").GetDouble());
        Assert.Equal(e0Rows.Count, evaluation.GetProperty("matchOdds").GetArrayLength());
    }

    [Fact]
    public async Task A_compiler_url_that_is_not_a_url_is_a_usage_error()
    {
        using var capture = new ConsoleCapture();
        var exitCode = await StatisticoCommand.Create(capture.Console)
            .Parse(["evaluate", "--data", SharedData.FootballDataFolder, "--leagues", "E0", "--compiler", "not a url"]).InvokeAsync(cancellationToken: Ct);

        Assert.Equal(2, exitCode);
        Assert.Contains("--compiler 'not a url' is not a URL", capture.Text, StringComparison.Ordinal);
    }
}

using System.Text.Json;
using Statistico.Cli.Tests.Support;

namespace Statistico.Cli.Tests.Evaluate;

/// <summary>The command end to end on small invented files: options, bad input reporting, JSON output.</summary>
[Trait("Category", "Unit")]
public sealed class EvaluateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Bad_rows_and_missing_files_are_reported_and_the_rest_is_evaluated()
    {
        _folder.Write("X1/2013-14.csv", SyntheticSeason.Lines(2013, 6, seed: 1, dateFormat: "dd/MM/yy"));
        var bad = _folder.Write("X1/2015-16.csv", [.. SyntheticSeason.Lines(2015, 6, seed: 3), "X1,31/02/2016,Team 0,Team 1,1,0,H,,,,,2,3,4,2,3,4,2,3,4"]);
        var json = Path.Combine(_folder.Path, "out", "report.json");

        var (exitCode, output) = await CliRunner.RunAsync(
            "evaluate", "--data", _folder.Path, "--from-season", "2015-16", "--model", "dixon-coles", "--json", json);

        Assert.Equal(0, exitCode);
        Assert.Contains($"{bad}:32:", output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_folder.Path, "X1", "2014-15.csv"), output, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json, TestContext.Current.CancellationToken));
        var pooled = report.RootElement.GetProperty("pooled").EnumerateArray().ToArray();
        Assert.Equal(["dixon-coles", "pinnacle-closing", "pinnacle", "market-average", "market-best", "bet365"], pooled.Select(r => r.GetProperty("name").GetString()));
        Assert.All(pooled, r => Assert.Equal(30, r.GetProperty("n").GetInt32()));
        Assert.Equal(2, report.RootElement.GetProperty("problems").GetArrayLength());
    }

    [Fact]
    public async Task The_report_times_the_walk_forwards_apart_from_reading_scoring_and_intervals()
    {
        _folder.Write("X1/2013-14.csv", SyntheticSeason.Lines(2013, 6, seed: 1));
        _folder.Write("X1/2014-15.csv", SyntheticSeason.Lines(2014, 6, seed: 2));
        _folder.Write("X1/2015-16.csv", SyntheticSeason.Lines(2015, 6, seed: 3));
        var json = Path.Combine(_folder.Path, "report.json");

        var (exitCode, output) = await CliRunner.RunAsync(
            "evaluate", "--data", _folder.Path, "--from-season", "2015-16", "--model", "dixon-coles,market-informed", "--json", json);

        Assert.Equal(0, exitCode);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json, TestContext.Current.CancellationToken));
        var walkForward = report.RootElement.GetProperty("walkForward");
        var seconds = walkForward.GetProperty("seconds").GetDouble();
        var goalModels = walkForward.GetProperty("goalModelsSeconds").GetDouble();
        var marketInformed = walkForward.GetProperty("marketInformedSeconds").GetDouble();
        Assert.True(goalModels > 0 && marketInformed > 0, $"goal models {goalModels} s, market-informed stage {marketInformed} s");
        Assert.Equal(seconds, goalModels + marketInformed, 1e-9);
        Assert.True(walkForward.GetProperty("cpuSeconds").GetDouble() > 0);
        Assert.True(seconds < report.RootElement.GetProperty("elapsedSeconds").GetDouble(), "the walk-forward is part of the whole run");
        // The market-informed model needs the production model walked forward; dixon-coles was asked for.
        var jobs = walkForward.GetProperty("modelJobSeconds");
        Assert.True(jobs.GetProperty("dixon-coles").GetDouble() > 0);
        Assert.True(jobs.GetProperty(report.RootElement.GetProperty("production").GetString()!).GetDouble() > 0);
        Assert.Contains("Walk-forward ", output, StringComparison.Ordinal);
        Assert.Contains("market-informed stage", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from-season", "2015")]
    [InlineData("--model", "elo")]
    public async Task Bad_options_fail_with_a_usage_error(string option, string value)
    {
        _folder.Write("X1/2015-16.csv", SyntheticSeason.Lines(2015, 4, seed: 1));

        var (exitCode, output) = await CliRunner.RunAsync("evaluate", "--data", _folder.Path, option, value);

        Assert.Equal(2, exitCode);
        Assert.Contains(value, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_league_without_history_before_the_first_evaluated_season_is_reported()
    {
        _folder.Write("X1/2015-16.csv", SyntheticSeason.Lines(2015, 4, seed: 1));

        var (exitCode, output) = await CliRunner.RunAsync("evaluate", "--data", _folder.Path, "--from-season", "2015-16", "--model", "dixon-coles");

        Assert.Equal(2, exitCode);
        Assert.Contains("X1: no history before 2015-16", output, StringComparison.Ordinal);
    }
}

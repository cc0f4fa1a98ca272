using Statistico.Testing;
using System.Text.Json;
using Statistico.FootballDataFiles;
using Statistico.Cli.Tests.Support;
using Statistico.Modelling.Metrics;

namespace Statistico.Cli.Tests.Evaluate;

/// <summary>The command on a slice of the real shared data: one league, three evaluated seasons.</summary>
[Trait("Category", "Unit")]
public sealed class SharedDataSliceTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Premier_league_from_2019_20_writes_the_issue_shape_and_the_closing_line_beats_the_base_rate()
    {
        var json = Path.Combine(_folder.Path, "e0.json");

        var (exitCode, text) = await CliRunner.RunAsync(
            "evaluate", "--data", SharedData.FootballDataFolder, "--leagues", "E0", "--from-season", "2019-20", "--json", json);
        output.WriteLine(text);

        Assert.Equal(0, exitCode);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json, TestContext.Current.CancellationToken));
        var root = report.RootElement;
        var production = root.GetProperty("production").GetString();
        var pooled = root.GetProperty("pooled").EnumerateArray().ToArray();
        var overUnder = root.GetProperty("overUnder25").EnumerateArray().ToArray();
        Assert.True(root.GetProperty("elapsedSeconds").GetDouble() > 0);
        Assert.Equal(["E0"], root.GetProperty("leagues").EnumerateObject().Select(p => p.Name));
        Assert.Equal(pooled.Length, root.GetProperty("leagues").GetProperty("E0").GetArrayLength());
        Assert.Equal([production, "pinnacle-closing", "pinnacle", "market-average", "market-best", "bet365"], pooled.Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(["model", "market", "market", "market", "market", "market"], pooled.Select(r => r.GetProperty("kind").GetString()));
        Assert.Equal([production, "pinnacle-closing", "pinnacle", "market-average", "market-best", "bet365"], overUnder.Select(r => r.GetProperty("name").GetString()));
        foreach (var row in pooled)
        {
            Assert.Equal(["name", "kind", "n", "rps", "logLoss", "brier", "accuracy"], row.EnumerateObject().Select(p => p.Name));
        }

        // Every pooled row on the same matches: three seasons of 380, less the few a bookmaker did not price.
        var n = pooled[0].GetProperty("n").GetInt32();
        Assert.All(pooled, r => Assert.Equal(n, r.GetProperty("n").GetInt32()));
        Assert.InRange(n, 1130, 1140);
        Assert.InRange(overUnder[1].GetProperty("n").GetInt32(), 1100, 1140);

        var closingRps = pooled[1].GetProperty("rps").GetDouble();
        var baseRateRps = BaseRateRps();
        output.WriteLine($"closing RPS {closingRps:F4}, base rate {baseRateRps:F4}");
        Assert.InRange(closingRps, 0.17, 0.23);
        Assert.True(closingRps < baseRateRps, $"closing {closingRps} vs base rate {baseRateRps}");
        Assert.True(pooled[0].GetProperty("rps").GetDouble() < baseRateRps);
    }

    /// <summary>RPS of always forecasting the H/D/A frequencies of the three seasons before, on the evaluated seasons.</summary>
    private static double BaseRateRps()
    {
        List<FootballDataMatch> Read(int from, int to) =>
            [.. Enumerable.Range(from, to - from + 1).SelectMany(year => FootballDataFileReader.Read(
                Path.Combine(SharedData.FootballDataFolder, "E0", new SeasonName(year) + ".csv"), "E0", new SeasonName(year)).Matches)];

        static int Outcome(FootballDataMatch m) => Math.Sign(m.Match.AwayGoals - m.Match.HomeGoals) + 1;
        var history = Read(2016, 2018);
        double[] frequencies = [.. Enumerable.Range(0, 3).Select(o => history.Count(m => Outcome(m) == o) / (double)history.Count)];
        var card = new ForecastScorecard();
        foreach (var match in Read(2019, 2021))
        {
            card.Add(frequencies, Outcome(match));
        }

        return card.RankedProbabilityScore;
    }
}

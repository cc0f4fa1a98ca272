using System.Text.Json;
using Statistico.Cli.Status;
using Statistico.Cli.Tests.Support;

namespace Statistico.Cli.Tests.Status;

/// <summary>
/// <c>statistico status</c> against seven small HTTP servers on loopback answering as the services do: the JSON's
/// shape, the table, and what a stopped or unhealthy service does to both and to the exit code.
/// </summary>
[Trait("Category", "Unit")]
public sealed class StatusCommandTests
{
    [Fact]
    public async Task Json_once_reports_the_world_and_every_service_with_its_lines_and_exits_0()
    {
        await using var platform = await FakePlatform.StartAsync();

        var (exitCode, output) = await CliRunner.RunAsync(platform.Args("--json", "--once"));

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("healthy").GetBoolean());
        Assert.True(root.TryGetProperty("at", out _));
        var world = root.GetProperty("world");
        Assert.Equal("Synthetic", world.GetProperty("mode").GetString());
        Assert.Equal(42, world.GetProperty("seed").GetInt32());
        Assert.Equal(new DateTimeOffset(2026, 8, 15, 14, 30, 0, TimeSpan.Zero), world.GetProperty("simulatedTime").GetDateTimeOffset());
        Assert.Equal(60, world.GetProperty("speed").GetDouble());

        var services = root.GetProperty("services").EnumerateArray().ToList();
        Assert.Equal(StatusTarget.All.Select(t => t.Name), services.Select(s => s.GetProperty("name").GetString()));
        Assert.All(services, s => Assert.Equal("healthy", s.GetProperty("health").GetString()));
        Assert.All(services, s => Assert.Equal(JsonValueKind.Null, s.GetProperty("error").ValueKind));
        Assert.Equal(platform.UrlOf("--ratings"), services[2].GetProperty("url").GetString());

        var ratings = services.Single(s => s.GetProperty("name").GetString() == "ratings-service").GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(["ratings-service things", "ratings-service other"], ratings.Select(l => l.GetProperty("name").GetString()));
        Assert.Equal([1234L, 0L], ratings.Select(l => l.GetProperty("count").GetInt64()));
        Assert.Equal(new DateTimeOffset(2026, 8, 15, 14, 29, 0, TimeSpan.Zero), ratings[0].GetProperty("latest").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, ratings[1].GetProperty("latest").ValueKind);
        var pnl = services.Single(s => s.GetProperty("name").GetString() == "trader-service").GetProperty("lines")[1];
        Assert.Equal(-3.25m, pnl.GetProperty("amount").GetDecimal());
        // The Simulator's figures are the world's, not a summary of its own.
        Assert.Empty(services[0].GetProperty("lines").EnumerateArray());
    }

    [Fact]
    public async Task Once_renders_the_world_clock_every_stage_and_the_verdict()
    {
        await using var platform = await FakePlatform.StartAsync();

        var (exitCode, output) = await CliRunner.RunAsync(platform.Args("--once"));

        Assert.Equal(0, exitCode);
        Assert.Contains("World: Synthetic, seed 42, clock 2026-08-15 14:30:00, speed ×60, running, 380 fixtures", output, StringComparison.Ordinal);
        Assert.Matches(@"│ football-data\s+│ healthy │ football-data things\s+│\s+1,234 │ 2026-08-15 14:29:00 │", output);
        Assert.Matches(@"│\s+│\s+│ football-data other\s+│\s+0 │ —\s+│", output);
        Assert.Matches(@"│\s+│\s+│ net P&L PAPER\s+│\s+7 \(-3\.25\) │ 2026-08-15 16:05:00 │", output);
        Assert.Contains("every service healthy", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stopped_service_is_down_in_json_and_table_the_others_still_show_and_the_exit_code_is_1()
    {
        await using var platform = await FakePlatform.StartAsync(down: "odds-compiler");

        var (jsonExit, jsonOutput) = await CliRunner.RunAsync(platform.Args("--json", "--once"));
        var (tableExit, table) = await CliRunner.RunAsync(platform.Args("--once"));

        Assert.Equal(1, jsonExit);
        using var json = JsonDocument.Parse(jsonOutput);
        Assert.False(json.RootElement.GetProperty("healthy").GetBoolean());
        var services = json.RootElement.GetProperty("services").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        Assert.Equal("down", services["odds-compiler"].GetProperty("health").GetString());
        Assert.Contains("Connection refused", services["odds-compiler"].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(services["odds-compiler"].GetProperty("lines").EnumerateArray());
        Assert.Equal("healthy", services["odds-checker"].GetProperty("health").GetString());
        Assert.Equal(2, services["odds-checker"].GetProperty("lines").GetArrayLength());

        Assert.Equal(1, tableExit);
        Assert.Matches(@"│ odds-compiler\s+│ down\s+│ " + System.Text.RegularExpressions.Regex.Escape(platform.UrlOf("--oddscompiler")) + ": Connection refused", table);
        Assert.Contains("odds-checker things", table, StringComparison.Ordinal);
        Assert.Contains("1 of 7 services not healthy", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_whose_health_fails_is_unhealthy_with_its_summary_still_shown_and_exit_1()
    {
        await using var platform = await FakePlatform.StartAsync(unhealthy: "trader-service");

        var (exitCode, output) = await CliRunner.RunAsync(platform.Args("--json", "--once"));

        Assert.Equal(1, exitCode);
        using var json = JsonDocument.Parse(output);
        var trader = json.RootElement.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "trader-service");
        Assert.Equal("unhealthy", trader.GetProperty("health").GetString());
        Assert.Equal("/health answered 503", trader.GetProperty("error").GetString());
        Assert.Equal(2, trader.GetProperty("lines").GetArrayLength());
    }

    [Fact]
    public async Task A_stopped_Simulator_leaves_the_world_unknown()
    {
        await using var platform = await FakePlatform.StartAsync(down: "world-simulator");

        var (jsonExit, jsonOutput) = await CliRunner.RunAsync(platform.Args("--json", "--once"));
        var (_, table) = await CliRunner.RunAsync(platform.Args("--once"));

        Assert.Equal(1, jsonExit);
        using var json = JsonDocument.Parse(jsonOutput);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("world").ValueKind);
        Assert.Contains("World: unknown", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_options_each_URL_comes_from_its_environment_variable()
    {
        await using var platform = await FakePlatform.StartAsync();
        // The Trader's variable is also the kill switch's, which another test class sets: the Trader keeps its option.
        var fromEnvironment = StatusTarget.All.Where(t => t.Option != "--trader").ToList();
        var saved = fromEnvironment.ToDictionary(t => t.EnvironmentVariable, t => Environment.GetEnvironmentVariable(t.EnvironmentVariable));
        try
        {
            foreach (var target in fromEnvironment)
            {
                Environment.SetEnvironmentVariable(target.EnvironmentVariable, platform.UrlOf(target.Option).TrimEnd('/'));
            }

            var (exitCode, output) = await CliRunner.RunAsync("status", "--json", "--once", "--trader", platform.UrlOf("--trader"));

            Assert.Equal(0, exitCode);
            using var json = JsonDocument.Parse(output);
            var urls = json.RootElement.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("url").GetString());
            Assert.Equal(StatusTarget.All.Select(t => platform.UrlOf(t.Option)), urls);
        }
        finally
        {
            foreach (var (name, value) in saved)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }

    [Fact]
    public async Task Json_without_once_writes_one_line_per_refresh_until_stopped()
    {
        await using var platform = await FakePlatform.StartAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var capture = new Statistico.Testing.ConsoleCapture();
        var root = StatisticoCommand.Create(capture.Console);
        stop.CancelAfter(TimeSpan.FromSeconds(1.5));

        var exitCode = await StatisticoCommand.InvokeAsync(root, platform.Args("--json", "--interval", "0.2"), stop.Token);

        Assert.Equal(0, exitCode);
        var lines = capture.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 3, $"expected several refreshes in 1.5 s, got {lines.Length}");
        Assert.All(lines, line => Assert.True(JsonDocument.Parse(line).RootElement.GetProperty("healthy").GetBoolean()));
    }

    [Theory]
    [InlineData("--interval", "0")]
    [InlineData("--interval", "soon")]
    [InlineData("--trader", "not a url")]
    [InlineData("--simulator", "ftp://world.test")]
    [InlineData("--no-such-option")]
    public async Task Bad_options_exit_2_before_any_request(params string[] args)
    {
        var (exitCode, _) = await CliRunner.RunAsync(_ => throw new InvalidOperationException("no request expected"), ["status", "--once", .. args]);

        Assert.Equal(2, exitCode);
    }
}

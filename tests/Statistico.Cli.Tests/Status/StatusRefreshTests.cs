using System.Text.RegularExpressions;
using Spectre.Console.Testing;
using Statistico.Testing;

namespace Statistico.Cli.Tests.Status;

/// <summary>
/// <c>statistico status</c> without <c>--once</c>, against a platform that moves between reads (the world clock a
/// simulated minute on, every count one more): on a terminal the table is redrawn in place with each read, without one
/// each read is printed below the last, and both stop cleanly when the command is cancelled (Ctrl-C).
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class StatusRefreshTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task On_a_terminal_the_live_table_redraws_each_read_in_place_until_cancelled()
    {
        await using var platform = await FakePlatform.StartMovingAsync();
        // An ANSI, interactive terminal in memory (what AnsiConsole.Console is in a real one).
        var terminal = new TestConsole().Interactive().EmitAnsiSequences().Width(200);
        terminal.Profile.Capabilities.Ansi = true;

        var (exitCode, readsWhenStopped) = await RunUntilReadsAsync(platform, terminal, reads: 4);

        Assert.Equal(0, exitCode);
        var output = terminal.Output;
        // What the eye sees: the text without its styles and cursor moves.
        var plain = AnsiSequence().Replace(output, "");
        // A frame may be drawn more than once (the display also redraws when it ends): one clock per read.
        var clocks = Clocks(plain).Distinct().ToList();
        // Every read was drawn: the first frame (14:30) and the ones after it, in order, each with the counts of its read.
        Assert.True(clocks.Count >= 3, $"expected at least three frames, got {clocks.Count}: {plain}");
        Assert.Equal(Minutes(clocks.Count), clocks);
        Assert.Matches(@"│ football-data\s+│ healthy │ football-data things\s+│\s+1,234 │", plain);
        Assert.Matches(@"│ football-data\s+│ healthy │ football-data things\s+│\s+1,235 │", plain);
        Assert.Matches(@"│ football-data\s+│ healthy │ football-data things\s+│\s+1,236 │", plain);
        // In place: after each frame but the last the cursor goes back up over it (ESC [ n A) before the next is drawn,
        // instead of printing the next below it.
        var frames = output.Split("World: ", StringSplitOptions.None).Skip(1).SkipLast(1).ToList();
        Assert.NotEmpty(frames);
        Assert.All(frames, frame => Assert.Matches(CursorUp(), frame));
        await AssertStoppedReadingAsync(platform, readsWhenStopped);
    }

    [Fact]
    public async Task On_a_terminal_shorter_than_the_table_the_world_clock_stays_in_view()
    {
        await using var platform = await FakePlatform.StartMovingAsync();
        var terminal = new TestConsole().Interactive().EmitAnsiSequences().Width(200).Height(12);
        terminal.Profile.Capabilities.Ansi = true;

        var (exitCode, _) = await RunUntilReadsAsync(platform, terminal, reads: 2);

        Assert.Equal(0, exitCode);
        var plain = AnsiSequence().Replace(terminal.Output, "");
        // The table (19 lines and the verdict) is cut at the bottom, not the top, while it refreshes: every frame starts
        // with the clock (cut at the top, only the full table printed when it stops had one). Then "…" where it was cut.
        Assert.Equal(Minutes(2), Clocks(plain).Distinct().Take(2));
        Assert.Contains("…", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_terminal_each_read_is_printed_below_the_last_until_cancelled()
    {
        await using var platform = await FakePlatform.StartMovingAsync();
        using var capture = new ConsoleCapture();

        var (exitCode, readsWhenStopped) = await RunUntilReadsAsync(platform, capture.Console, reads: 3);

        Assert.Equal(0, exitCode);
        var clocks = Clocks(capture.Text);
        Assert.True(clocks.Count >= 3, $"expected at least three tables, got {clocks.Count}: {capture.Text}");
        Assert.Equal(Minutes(clocks.Count), clocks);
        Assert.DoesNotContain("\u001b[", capture.Text, StringComparison.Ordinal);
        Assert.Matches(@"football-data things\s+│\s+1,236 │", capture.Text);
        await AssertStoppedReadingAsync(platform, readsWhenStopped);
    }

    /// <summary>
    /// Runs <c>status --interval 0.2</c> until <paramref name="reads"/> reads were drawn, then cancels it. The platform
    /// counts a read when it answers, before the command has drawn it; the command asks again only after drawing the
    /// last read, so one read more than <paramref name="reads"/> proves that many were drawn.
    /// </summary>
    private static async Task<(int ExitCode, int ReadsWhenStopped)> RunUntilReadsAsync(FakePlatform platform, Spectre.Console.IAnsiConsole console, int reads)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = StatisticoCommand.InvokeAsync(StatisticoCommand.Create(console), platform.Args("--interval", "0.2"), stop.Token);

        await Eventually.UntilAsync(() => platform.WorldReads > reads || run.IsCompleted, Patience, $"{reads} reads drawn", TestContext.Current.CancellationToken);
        Assert.False(run.IsCompleted, "the refreshing status ended by itself");
        stop.Cancel();
        // Ctrl-C ends it promptly, with the last read's exit code rather than an exception.
        var exitCode = await run.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        return (exitCode, platform.WorldReads);
    }

    /// <summary>Once cancelled, it reads no more (at most the read under way when it stopped has landed).</summary>
    private static async Task AssertStoppedReadingAsync(FakePlatform platform, int readsWhenStopped)
    {
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        Assert.Equal(readsWhenStopped, platform.WorldReads);
    }

    private static List<string> Clocks(string output) => [.. Clock().Matches(output).Select(m => m.Groups[1].Value)];

    /// <summary>The world clock of the first <paramref name="count"/> reads: 14:30, 14:31, …</summary>
    private static List<string> Minutes(int count) =>
        [.. Enumerable.Range(0, count).Select(m => $"2026-08-15 14:{30 + m:00}:00")];

[GeneratedRegex(@"clock (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)")]
    private static partial Regex Clock();

    [GeneratedRegex(@"\u001b\[\d+A")]
    private static partial Regex CursorUp();

    [GeneratedRegex(@"\u001b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex AnsiSequence();
}

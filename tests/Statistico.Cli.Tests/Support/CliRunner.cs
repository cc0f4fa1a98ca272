using Statistico.Testing;

namespace Statistico.Cli.Tests.Support;

/// <summary>Runs the <c>statistico</c> command in-process, as Program.cs does, with captured output.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var capture = new ConsoleCapture();
        var exitCode = await StatisticoCommand.InvokeAsync(StatisticoCommand.Create(capture.Console), args, TestContext.Current.CancellationToken);
        return (exitCode, capture.Text);
    }

    /// <summary>The same with every HTTP client from <paramref name="httpFactory"/> (e.g. one to an in-process test host).</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(Func<Uri, HttpClient> httpFactory, params string[] args)
    {
        using var capture = new ConsoleCapture();
        var exitCode = await StatisticoCommand.InvokeAsync(StatisticoCommand.Create(capture.Console, httpFactory), args, TestContext.Current.CancellationToken);
        return (exitCode, capture.Text);
    }
}

using System.CommandLine;
using Spectre.Console;
using Statistico.Cli.Evaluate;
using Statistico.Cli.Import;
using Statistico.Cli.KillSwitch;
using Statistico.Cli.Status;

namespace Statistico.Cli;

/// <summary>
/// The <c>statistico</c> root command with its sub-commands; the console and the HTTP client factory are injected so
/// tests can capture output and point the commands at a test host.
/// </summary>
public static class StatisticoCommand
{
    public static RootCommand Create(IAnsiConsole console) =>
        Create(console, baseAddress => new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5) });

    public static RootCommand Create(IAnsiConsole console, Func<Uri, HttpClient> httpFactory) =>
        new("Statistico command-line tools.")
        {
            EvaluateCommand.Create(console, httpFactory),
            ImportCommand.Create(console, httpFactory),
            KillSwitchCommand.Create(console, httpFactory),
            StatusCommand.Create(console, httpFactory),
        };

    /// <summary>
    /// Parses and runs <paramref name="args"/>; a command line that does not parse (unknown option, a value of the wrong
    /// type) exits 2, like every other bad option, rather than System.CommandLine's 1, which means "a service failed".
    /// </summary>
    public static async Task<int> InvokeAsync(RootCommand root, string[] args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(root);
        var parse = root.Parse(args);
        var exitCode = await parse.InvokeAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return parse.Errors.Count > 0 ? 2 : exitCode;
    }
}

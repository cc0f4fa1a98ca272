using System.CommandLine;
using Spectre.Console;
using Statistico.Cli.Evaluate;
using Statistico.Cli.Import;
using Statistico.Cli.KillSwitch;

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
        };
}

using System.CommandLine;
using Spectre.Console;
using Statistico.Cli.Evaluate;

namespace Statistico.Cli;

/// <summary>The <c>statistico</c> root command with its sub-commands; the console is injected so tests can capture output.</summary>
public static class StatisticoCommand
{
    public static RootCommand Create(IAnsiConsole console) =>
        new("Statistico command-line tools.")
        {
            EvaluateCommand.Create(console),
        };
}

using System.CommandLine;
using Spectre.Console;

namespace Statistico.Cli.Import;

/// <summary><c>statistico import</c>: backfills through the services' own import endpoints.</summary>
public static class ImportCommand
{
    public static Command Create(IAnsiConsole console, Func<Uri, HttpClient> httpFactory) =>
        new("import", "Backfill data through Statistico's services.")
        {
            ImportFootballDataCommand.Create(console, httpFactory),
            ImportOddsCommand.Create(console, httpFactory),
        };
}

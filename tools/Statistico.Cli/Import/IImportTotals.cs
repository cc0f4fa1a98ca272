using Spectre.Console;

namespace Statistico.Cli.Import;

/// <summary>What an import command sums over its files and prints at the end.</summary>
internal interface IImportTotals
{
    int FailedFiles { get; }

    void Fail(string file, string reason);

    void Write(IAnsiConsole console, TimeSpan elapsed);
}

using Spectre.Console;
using Statistico.Cli;

return await StatisticoCommand.Create(AnsiConsole.Console).Parse(args).InvokeAsync().ConfigureAwait(false);

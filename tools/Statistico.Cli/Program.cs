using Spectre.Console;
using Statistico.Cli;

return await StatisticoCommand.InvokeAsync(StatisticoCommand.Create(AnsiConsole.Console), args).ConfigureAwait(false);

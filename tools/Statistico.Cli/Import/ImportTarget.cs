namespace Statistico.Cli.Import;

/// <summary>The service an import command sends its files to.</summary>
/// <param name="CommandName">The subcommand, e.g. <c>odds</c>.</param>
/// <param name="Description">The subcommand's help text.</param>
/// <param name="ServiceName">How the service is called in messages, e.g. <c>the Odds Checker</c>.</param>
/// <param name="EnvironmentVariable">Where its URL may come from when <c>--service</c> is not given.</param>
/// <param name="DefaultUrl">Its URL otherwise (the AppHost's port).</param>
internal sealed record ImportTarget(string CommandName, string Description, string ServiceName, string EnvironmentVariable, string DefaultUrl);

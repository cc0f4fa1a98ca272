namespace Statistico.Cli.Status;

/// <summary>One service <c>statistico status</c> reads: its name, option, environment variable and default URL.</summary>
/// <param name="Name">The service's name as the AppHost calls it (also the JSON's).</param>
/// <param name="Option">The command-line option that points at it, e.g. <c>--ratings</c>.</param>
/// <param name="EnvironmentVariable">Where its URL comes from when the option is not given.</param>
/// <param name="DefaultUrl">Its URL otherwise: the port the AppHost gives it (its launchSettings applicationUrl).</param>
public sealed record StatusTarget(string Name, string Option, string EnvironmentVariable, string DefaultUrl)
{
    /// <summary>The simulated world: read for its clock (<c>/control/status</c>) as well as its health.</summary>
    public static readonly StatusTarget Simulator = new("world-simulator", "--simulator", "STATISTICO_SIMULATOR_URL", "http://localhost:5190/");

    /// <summary>Every service in pipeline order, the Simulator first (it is where the data comes from).</summary>
    public static readonly IReadOnlyList<StatusTarget> All =
    [
        Simulator,
        new("football-data", "--footballdata", "STATISTICO_FOOTBALLDATA_URL", "http://localhost:5101/"),
        new("ratings-service", "--ratings", "STATISTICO_RATINGS_URL", "http://localhost:5120/"),
        new("odds-compiler", "--oddscompiler", "STATISTICO_ODDSCOMPILER_URL", "http://localhost:5130/"),
        new("odds-checker", "--oddschecker", "STATISTICO_ODDSCHECKER_URL", "http://localhost:5140/"),
        new("odds-warehouse", "--oddswarehouse", "STATISTICO_ODDSWAREHOUSE_URL", "http://localhost:5150/"),
        new("trader-service", "--trader", "STATISTICO_TRADER_URL", "http://localhost:5160/"),
    ];
}

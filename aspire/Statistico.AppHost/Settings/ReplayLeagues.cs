using Microsoft.Extensions.Configuration;

namespace Statistico.AppHost.Settings;

/// <summary>
/// A replayed world (<c>./scripts/run.sh Simulator:Mode=Replay …</c>) plays real leagues, which the Simulator's data
/// provider serves under their real Sportmonks league ids (Statistico.Simulator.World.WorldIds), not the synthetic
/// 9001/9002. Football Data keeps only the leagues it maps to a competition code and skips the others, so without these
/// a replayed season never reached the platform: the world ran and nothing downstream saw it.
/// </summary>
public static class ReplayLeagues
{
    /// <summary>The football-data.co.uk league codes the Simulator can replay, by the Sportmonks id it serves them under.</summary>
    public static readonly IReadOnlyDictionary<int, string> CodeOfSportmonksId = new Dictionary<int, string>
    {
        [8] = "E0",
        [9] = "E1",
        [82] = "D1",
        [564] = "SP1",
        [384] = "I1",
        [301] = "F1",
    };

    /// <summary>Whether the run command asked for a replayed world (the Simulator reads its mode case-insensitively).</summary>
    public static bool Replaying(IConfiguration configuration) =>
        string.Equals(configuration?["Simulator:Mode"], "Replay", StringComparison.OrdinalIgnoreCase);

    /// <summary>In a replayed world, Football Data's simulator provider maps every replayable league to its code.</summary>
    public static IResourceBuilder<ProjectResource> WithReplayLeagues(this IResourceBuilder<ProjectResource> footballData, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(footballData);
        if (!Replaying(configuration))
        {
            return footballData;
        }

        foreach (var (id, code) in CodeOfSportmonksId)
        {
            footballData.WithEnvironment($"FootballData__Providers__simulator__Leagues__{id}", code);
        }

        return footballData;
    }

    /// <summary>
    /// In a replayed world the Trader's demo strategies trade the replayed leagues (by default they trade the synthetic
    /// SIM and SIM2, which a replayed world does not have).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithReplayDemoCompetitions(this IResourceBuilder<ProjectResource> trader, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(trader);
        var leagues = Replayed(configuration);
        for (var i = 0; i < leagues.Count; i++)
        {
            trader.WithEnvironment($"Trader__DemoCompetitions__{i}", leagues[i]);
        }

        return trader;
    }

    /// <summary>
    /// In a replayed world the Odds Checker watches the replayed leagues on the Simulator's exchange, whose competition
    /// ids are the same Sportmonks ids (by default it watches the synthetic 9001/9002 only, so no replayed market was
    /// ever observed and no demo strategy could trade).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithReplayExchangeCompetitions(this IResourceBuilder<ProjectResource> checker, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(checker);
        foreach (var code in Replayed(configuration))
        {
            var id = CodeOfSportmonksId.Where(l => string.Equals(l.Value, code, StringComparison.OrdinalIgnoreCase)).Select(l => (int?)l.Key).FirstOrDefault();
            if (id is not null)
            {
                checker.WithEnvironment($"OddsChecker__Sources__betfair__Competitions__{code}", id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return checker;
    }

    /// <summary>
    /// The replayed leagues: <c>Simulator:Replay:Leagues</c>, else the single file's <c>Simulator:Replay:League</c>, else
    /// E0 (the Simulator's default); none when the world is not replayed.
    /// </summary>
    private static List<string> Replayed(IConfiguration configuration)
    {
        if (!Replaying(configuration))
        {
            return [];
        }

        var leagues = configuration.GetSection("Simulator:Replay:Leagues").GetChildren().Select(c => c.Value).OfType<string>().ToList();
        if (leagues.Count == 0)
        {
            leagues.Add(configuration["Simulator:Replay:League"] ?? "E0");
        }

        return leagues;
    }
}

namespace Statistico.Simulator.World;

/// <summary>Id conventions of the simulated world.</summary>
public static class WorldIds
{
    public const int FirstFixtureId = 19_000_001;

    /// <summary>
    /// Real Sportmonks league ids of the football-data.co.uk league codes; the AppHost maps the same ids in Football Data
    /// for a replayed world (Statistico.AppHost.Settings.ReplayLeagues).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (int Id, string Name)> Leagues = new Dictionary<string, (int, string)>
    {
        ["E0"] = (8, "Premier League"),
        ["E1"] = (9, "Championship"),
        ["D1"] = (82, "Bundesliga"),
        ["SP1"] = (564, "La Liga"),
        ["I1"] = (384, "Serie A"),
        ["F1"] = (301, "Ligue 1"),
    };
}

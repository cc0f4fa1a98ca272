using System.Globalization;

namespace Statistico.Simulator.Tests;

/// <summary>Settings of a Simulator playing one season of a small synthetic league, its clock paused until a test moves it.</summary>
internal static class SyntheticLeagueSettings
{
    public static Dictionary<string, string?> Paused(int seed, int teams, DateTimeOffset start) => new()
    {
        ["Simulator:Mode"] = "Synthetic",
        ["Simulator:Seed"] = seed.ToString(CultureInfo.InvariantCulture),
        ["Simulator:StartPaused"] = "true",
        ["Simulator:StartTime"] = start.ToString("O", CultureInfo.InvariantCulture),
        ["Simulator:Synthetic:Seasons"] = "1",
        ["Simulator:Synthetic:Leagues:0:Teams"] = teams.ToString(CultureInfo.InvariantCulture),
    };
}

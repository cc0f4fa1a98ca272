namespace Statistico.Simulator.World;

/// <summary>
/// One match of the world: who, when, the result it will have, and its prices before the market starts moving
/// (<see cref="Opening"/>) and at kick-off (<see cref="Closing"/>). Null prices mean the match has no markets.
/// </summary>
public sealed record WorldFixture(
    int Id, WorldLeague League, WorldSeason Season, WorldTeam Home, WorldTeam Away, DateTimeOffset KickOff, MatchResult Result)
{
    public FixturePrices? Opening { get; init; }

    public FixturePrices? Closing { get; init; }

    /// <summary>Whether the match is postponed or abandoned (then <see cref="Result"/> is never published).</summary>
    public FixtureDisruption Disruption { get; init; }

    public string Name => $"{Home.Name} v {Away.Name}";
}

namespace Statistico.Modelling.Ratings;

/// <summary>A result with the in-match events the seed rating system uses.</summary>
/// <param name="Competition">Competition code, which selects K.</param>
/// <param name="HomeTeam">Home team.</param>
/// <param name="AwayTeam">Away team.</param>
/// <param name="Goals">Every goal with its minute.</param>
/// <param name="RedCards">Every sending-off with its minute.</param>
public sealed record RatedMatch(
    string Competition, string HomeTeam, string AwayTeam,
    IReadOnlyList<GoalEvent> Goals, IReadOnlyList<RedCardEvent> RedCards)
{
    /// <summary>A match known only by its score (goals at minute 0, so no late-goal or red-card adjustment).</summary>
    public static RatedMatch FromScore(string competition, string homeTeam, string awayTeam, int homeGoals, int awayGoals) =>
        new(competition, homeTeam, awayTeam,
            [.. Enumerable.Repeat(new GoalEvent(0, true), homeGoals), .. Enumerable.Repeat(new GoalEvent(0, false), awayGoals)],
            []);
}

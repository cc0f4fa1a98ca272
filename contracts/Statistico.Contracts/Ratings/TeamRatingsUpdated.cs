namespace Statistico.Contracts.Ratings;

/// <summary>Both teams of a fixture have new ratings after its result.</summary>
/// <param name="FixtureId">The fixture whose result moved the ratings.</param>
/// <param name="CompetitionId">Stable competition code.</param>
/// <param name="Home">The home team's ratings after the fixture.</param>
/// <param name="Away">The away team's ratings after the fixture.</param>
/// <param name="OccurredAt">When the ratings were computed (UTC).</param>
public sealed record TeamRatingsUpdated(
    Guid FixtureId,
    string CompetitionId,
    TeamRating Home,
    TeamRating Away,
    DateTimeOffset OccurredAt)
{
    /// <summary>The fixture's kick-off (null from publishers before it was added), so no consumer has to look it up.</summary>
    public DateTimeOffset? KickOff { get; init; }
}

namespace Statistico.Contracts.FootballData;

/// <summary>
/// Fixtures Statistico first learned of already played (a history backfill, an uploaded season, a match found only
/// after it ended), one event per page or file of a season, each with its result. None was ever scheduled, so nothing
/// priced, polled or traded it: services that follow live fixtures need not subscribe, and those that learn from the
/// past (ratings, goal models, historical prices) take a season's page in one message instead of one per match.
/// <see cref="FixtureResulted"/> stays the event of a known fixture's result and of every correction.
/// </summary>
/// <param name="Results">Each fixture's result, as <see cref="FixtureResulted"/> would carry it (revision 1).</param>
/// <param name="OccurredAt">When they were recorded (UTC).</param>
public sealed record PlayedFixturesRecorded(IReadOnlyList<FixtureResulted> Results, DateTimeOffset OccurredAt);

namespace Statistico.OddsChecker.Sources;

/// <summary>An event as the source names it.</summary>
/// <param name="EventId">The source's event id.</param>
/// <param name="Name">The source's event name, e.g. <c>Arsenal v Chelsea</c>.</param>
/// <param name="CompetitionId">The source's competition id, when it gives one.</param>
/// <param name="HomeTeam">Home team as the source spells it.</param>
/// <param name="AwayTeam">Away team as the source spells it.</param>
/// <param name="StartTime">Scheduled start (UTC).</param>
internal sealed record SourceEvent(string EventId, string Name, string? CompetitionId, string HomeTeam, string AwayTeam, DateTimeOffset StartTime)
{
    /// <summary>Statistico's fixture id, when the source is keyed by it (Statistico's own book): linked by id, not by name.</summary>
    public Guid? FixtureId { get; init; }
}

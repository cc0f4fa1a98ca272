namespace Statistico.OddsChecker.Apis;

/// <summary>A source event no fixture matched, as the admin API shows it.</summary>
internal sealed record UnmatchedEventDto(
    string Source, string EventId, string Name, string? CompetitionId, DateTimeOffset StartTime, string Reason, DateTimeOffset FirstSeen, DateTimeOffset LastSeen);

namespace Statistico.OddsChecker.Data;

/// <summary>A source event no fixture could be matched to: reported, never guessed.</summary>
internal sealed class UnmatchedEvent
{
    public required string Source { get; set; }

    public required string EventId { get; set; }

    public required string Name { get; set; }

    public string? CompetitionId { get; set; }

    public DateTimeOffset StartTime { get; set; }

    public required string Reason { get; set; }

    public DateTimeOffset FirstSeen { get; set; }

    public DateTimeOffset LastSeen { get; set; }
}

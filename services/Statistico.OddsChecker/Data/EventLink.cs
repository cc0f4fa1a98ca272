namespace Statistico.OddsChecker.Data;

/// <summary>A source's event mapped to a fixture, remembered so the match is made once.</summary>
internal sealed class EventLink
{
    public required string Source { get; set; }

    public required string EventId { get; set; }

    public Guid FixtureId { get; set; }

    /// <summary>How the link was made: <c>exact</c>, <c>alias</c> or <c>fuzzy</c>.</summary>
    public required string MatchedBy { get; set; }

    public DateTimeOffset LinkedAt { get; set; }

    /// <summary>When the event's markets were last polled (wall clock: intervals are about request rates).</summary>
    public DateTimeOffset? LastPolledAt { get; set; }
}

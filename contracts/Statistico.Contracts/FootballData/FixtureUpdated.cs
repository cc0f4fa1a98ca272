namespace Statistico.Contracts.FootballData;

/// <summary>A known fixture changed its kick-off time or status (postponed, abandoned, live).</summary>
/// <param name="FixtureId">Statistico's stable fixture id.</param>
/// <param name="Status">The fixture's status after the change.</param>
/// <param name="KickOff">Kick-off time after the change (UTC); unchanged when only the status moved.</param>
/// <param name="OccurredAt">When the change was observed (UTC).</param>
public sealed record FixtureUpdated(
    Guid FixtureId,
    FixtureStatus Status,
    DateTimeOffset KickOff,
    DateTimeOffset OccurredAt)
{
    /// <summary>The kick-off time before the change, when it moved.</summary>
    public DateTimeOffset? PreviousKickOff { get; init; }

    /// <summary>The status before the change.</summary>
    public FixtureStatus? PreviousStatus { get; init; }

    /// <summary>The fixture's revision after this change: it grows by one with every change Statistico records,
    /// so a consumer can ignore an older event that arrives late.</summary>
    public int Revision { get; init; }
}

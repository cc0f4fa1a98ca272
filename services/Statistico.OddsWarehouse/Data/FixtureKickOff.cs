namespace Statistico.OddsWarehouse.Data;

/// <summary>
/// What the warehouse knows about a fixture's kick-off, kept from Football Data's events: the closing price is the
/// last observation before it.
/// </summary>
public sealed class FixtureKickOff
{
    public Guid FixtureId { get; set; }

    public DateTimeOffset KickOff { get; set; }

    /// <summary>The fixture's status name (<c>Scheduled</c>, <c>Postponed</c>, …) as of <see cref="AsOf"/>.</summary>
    public string Status { get; set; } = string.Empty;

    /// <summary>When Football Data observed the facts held here; older events never overwrite newer ones.</summary>
    public DateTimeOffset AsOf { get; set; }
}

using Statistico.Contracts.FootballData;

namespace Statistico.Trader.Decisions;

/// <summary>What the Trader knows of a fixture from Football Data's events: enough to apply competitions and windows.</summary>
public sealed class TrackedFixture
{
    public Guid FixtureId { get; init; }

    public required string CompetitionId { get; set; }

    public DateTimeOffset KickOff { get; set; }

    public FixtureStatus Status { get; set; }

    /// <summary>The revision of the last event applied; an older event changes nothing.</summary>
    public int Revision { get; set; }
}

using Statistico.Contracts.FootballData;

namespace Statistico.OddsCompiler.Data;

/// <summary>A fixture the compiler has heard of, as the Football Data events last described it.</summary>
public sealed class PricedFixture
{
    public Guid Id { get; set; }

    public required string CompetitionId { get; set; }

    public required string Season { get; set; }

    public required string HomeTeam { get; set; }

    public required string AwayTeam { get; set; }

    public DateTimeOffset KickOff { get; set; }

    public bool NeutralVenue { get; set; }

    public FixtureStatus Status { get; set; }

    /// <summary>Football Data's revision of the fixture; an older event never overwrites a newer one.</summary>
    public int Revision { get; set; }

    /// <summary>Publish the next compiled book even if no price moved (new fixture, new kick-off).</summary>
    public bool NeedsPublish { get; set; }

    /// <summary>Why the fixture is not priced, when it is not.</summary>
    public string? NotPricedReason { get; set; }
}

namespace Statistico.OddsChecker.Data;

/// <summary>A fixture as Football Data announced it: what the checker maps source events to.</summary>
internal sealed class TrackedFixture
{
    public Guid FixtureId { get; set; }

    public required string CompetitionId { get; set; }

    public required string HomeTeam { get; set; }

    public required string AwayTeam { get; set; }

    public DateTimeOffset KickOff { get; set; }

    /// <summary>Football Data's status name; postponed and cancelled fixtures are not polled.</summary>
    public required string Status { get; set; }

    /// <summary>The revision last applied, so late or redelivered events never roll the fixture back.</summary>
    public int Revision { get; set; }
}

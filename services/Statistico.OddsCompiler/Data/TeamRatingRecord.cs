namespace Statistico.OddsCompiler.Data;

/// <summary>
/// A team's latest ratings in one competition, as the Ratings service last published them (or as its API served them
/// on a backfill). The row with the latest kick-off tells which competition a team last played in.
/// </summary>
public sealed class TeamRatingRecord
{
    public required string CompetitionId { get; set; }

    public required string Team { get; set; }

    /// <summary>Statistico attack rating (1000 = average).</summary>
    public double Attack { get; set; }

    /// <summary>Statistico defence rating (1000 = average).</summary>
    public double Defence { get; set; }

    public double? Elo { get; set; }

    public double? PiHome { get; set; }

    public double? PiAway { get; set; }

    /// <summary>The fixture that last moved these ratings.</summary>
    public Guid LastFixtureId { get; set; }

    /// <summary>Its kick-off (from the compiler's fixtures, else Football Data's; Ratings' API gives it on a backfill).</summary>
    public DateTimeOffset LastKickOff { get; set; }

    /// <summary>
    /// When Ratings computed them (the event's <c>OccurredAt</c>; the read time on a backfill). A recompute publishes
    /// the same fixture's ratings again, and the two events may be consumed in either order: the later computation wins.
    /// </summary>
    public DateTimeOffset RatedAt { get; set; }
}

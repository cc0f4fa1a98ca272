namespace Statistico.FootballData.Data;

/// <summary>
/// The progress of one provider league's history backfill: the date range fixed when it began, how far it has come
/// (<see cref="NextFrom"/>, so a restart resumes there) and when it finished (then it never runs again).
/// </summary>
public sealed class HistoryBackfillRow
{
    public required string Provider { get; set; }

    /// <summary>The provider's league id (e.g. Sportmonks 9001).</summary>
    public required string LeagueId { get; set; }

    public required string CompetitionId { get; set; }

    public DateOnly From { get; set; }

    /// <summary>The last day of the history (the day before the source's "today" when the backfill began).</summary>
    public DateOnly To { get; set; }

    /// <summary>The first day not yet backfilled.</summary>
    public DateOnly NextFrom { get; set; }

    /// <summary>Fixtures read so far (stored or found already stored).</summary>
    public int Fixtures { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Until when one replica owns the backfill; another takes it over only after that.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public string? LastProblem { get; set; }
}

namespace Statistico.Ratings.Data;

/// <summary>
/// "This competition needs recomputing from this kick-off": inserted by whoever records a result, taken (deleted) by
/// the recomputation. Plain inserts, so recording a result never waits for a recomputation in progress.
/// </summary>
public sealed class DirtyMark
{
    public long Id { get; set; }

    public required string CompetitionId { get; set; }

    public DateTimeOffset KickOff { get; set; }
}

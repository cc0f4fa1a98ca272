namespace Statistico.Ratings.Data;

/// <summary>
/// Where a competition's ratings stand: <see cref="DirtyFrom"/> is the earliest kick-off whose result arrived or
/// changed since the last recomputation (null when the history is up to date). Its row lock serialises recomputations.
/// </summary>
public sealed class CompetitionState
{
    public required string CompetitionId { get; set; }

    public DateTimeOffset? DirtyFrom { get; set; }

    public DateTimeOffset? RecomputedAt { get; set; }
}

namespace Statistico.Ratings.Data;

/// <summary>One row per rated competition; its row lock gives a competition's recomputation to one replica at a time.</summary>
public sealed class CompetitionState
{
    public required string CompetitionId { get; set; }

    public DateTimeOffset? RecomputedAt { get; set; }
}

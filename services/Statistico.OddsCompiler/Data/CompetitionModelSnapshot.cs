namespace Statistico.OddsCompiler.Data;

/// <summary>One fitted production model of a competition: what it was fitted on, how well, and its parameters.</summary>
public sealed class CompetitionModelSnapshot
{
    public long Id { get; set; }

    public required string CompetitionId { get; set; }

    /// <summary>1, 2, … per competition.</summary>
    public int Version { get; set; }

    public required string ModelName { get; set; }

    public DateTimeOffset FittedAt { get; set; }

    /// <summary>The fit date: the day after the latest training match; time decay counts back from it.</summary>
    public DateOnly AsOf { get; set; }

    /// <summary>First day of the training window.</summary>
    public DateOnly WindowFrom { get; set; }

    public int MatchCount { get; set; }

    public int TeamCount { get; set; }

    /// <summary>Σ log P(observed score) of the training matches under the fitted model.</summary>
    public double LogLikelihood { get; set; }

    public double FitMilliseconds { get; set; }

    /// <summary>The goal model's parameters as JSON (<see cref="GoalModels.ModelParameters"/>).</summary>
    public required string Parameters { get; set; }

    /// <summary>Walk-forward metrics posted by <c>statistico evaluate</c>, as JSON, when any.</summary>
    public string? Evaluation { get; set; }
}

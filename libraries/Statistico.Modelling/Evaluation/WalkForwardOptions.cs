namespace Statistico.Modelling.Evaluation;

/// <summary>How a weekly walk-forward evaluation refits and predicts.</summary>
public sealed record WalkForwardOptions
{
    /// <summary>First match date to predict; everything earlier is training history only.</summary>
    public required DateOnly EvaluateFrom { get; init; }

    /// <summary>Last match date to predict (inclusive), if any.</summary>
    public DateOnly? EvaluateTo { get; init; }

    /// <summary>Training window in days before each refit date (default three seasons).</summary>
    public int WindowDays { get; init; } = 3 * 365;

    /// <summary>Days predicted per refit: the refit date D and the following six days.</summary>
    public int StepDays { get; init; } = 7;
}

namespace Statistico.Modelling.Metrics;

/// <summary>Running means of RPS, log loss, Brier and accuracy over many forecasts.</summary>
public sealed class ForecastScorecard
{
    private double _rps;
    private double _logLoss;
    private double _brier;
    private int _correct;

    /// <summary>Forecasts scored.</summary>
    public int Count { get; private set; }

    /// <summary>Mean ranked probability score.</summary>
    public double RankedProbabilityScore => Mean(_rps);

    /// <summary>Mean log loss (natural log).</summary>
    public double LogLoss => Mean(_logLoss);

    /// <summary>Mean multi-category Brier score.</summary>
    public double Brier => Mean(_brier);

    /// <summary>Share of forecasts whose most likely category happened.</summary>
    public double Accuracy => Mean(_correct);

    /// <summary>Scores one forecast.</summary>
    public void Add(IReadOnlyList<double> probabilities, int outcome)
    {
        _rps += ProbabilityScores.RankedProbabilityScore(probabilities, outcome);
        _logLoss += ProbabilityScores.LogLoss(probabilities, outcome);
        _brier += ProbabilityScores.Brier(probabilities, outcome);
        _correct += ProbabilityScores.IsCorrect(probabilities, outcome) ? 1 : 0;
        Count++;
    }

    private double Mean(double sum) => Count == 0 ? double.NaN : sum / Count;
}

namespace Statistico.Modelling.Goals;

/// <summary>A fitted Dixon–Coles model: parameters on the log scale plus ρ.</summary>
public sealed class DixonColesFit : IFittedGoalModel
{
    private readonly IReadOnlyDictionary<string, double> _attack;
    private readonly IReadOnlyDictionary<string, double> _defence;
    private readonly int _maxGoals;

    internal DixonColesFit(
        double intercept, double homeAdvantage, double rho,
        IReadOnlyDictionary<string, double> attack, IReadOnlyDictionary<string, double> defence,
        int maxGoals, int iterations, int evaluations)
    {
        Intercept = intercept;
        HomeAdvantage = homeAdvantage;
        Rho = rho;
        _attack = attack;
        _defence = defence;
        _maxGoals = maxGoals;
        Iterations = iterations;
        Evaluations = evaluations;
    }

    /// <summary>Log goal rate of an average away side against an average defence.</summary>
    public double Intercept { get; }

    /// <summary>Additive home effect on the log goal rate.</summary>
    public double HomeAdvantage { get; }

    /// <summary>Low-score dependence.</summary>
    public double Rho { get; }

    /// <summary>Marginal distribution of each side's count.</summary>
    public CountDistribution Distribution { get; init; } = CountDistribution.Poisson;

    /// <summary>Negative-binomial size r (variance μ + μ²/r); unused under Poisson.</summary>
    public double Size { get; init; } = double.PositiveInfinity;

    /// <summary>Each team's deviation from the league home advantage (empty unless fitted per team).</summary>
    public IReadOnlyDictionary<string, double> HomeAdvantageDeviation { get; init; } = new Dictionary<string, double>();

    /// <summary>Optimiser iterations used (a cost measure).</summary>
    public int Iterations { get; }

    /// <summary>Objective and gradient evaluations used.</summary>
    public int Evaluations { get; }

    /// <summary>Attack parameter by team (0 = league average).</summary>
    public IReadOnlyDictionary<string, double> Attack => _attack;

    /// <summary>Defence parameter by team (higher concedes less; 0 = league average).</summary>
    public IReadOnlyDictionary<string, double> Defence => _defence;

    /// <inheritdoc/>
    public bool Knows(string team) => _attack.ContainsKey(team);

    /// <summary>Expected goals (λ home, μ away) before the low-score correction.</summary>
    public (double Home, double Away) ExpectedGoals(string homeTeam, string awayTeam)
    {
        var homeAttack = _attack.GetValueOrDefault(homeTeam);
        var homeDefence = _defence.GetValueOrDefault(homeTeam);
        var awayAttack = _attack.GetValueOrDefault(awayTeam);
        var awayDefence = _defence.GetValueOrDefault(awayTeam);
        var homeAdvantage = HomeAdvantage + HomeAdvantageDeviation.GetValueOrDefault(homeTeam);
        return (Math.Exp(Intercept + homeAdvantage + homeAttack - awayDefence),
                Math.Exp(Intercept + awayAttack - homeDefence));
    }

    /// <inheritdoc/>
    public ScoreMatrix Predict(string homeTeam, string awayTeam)
    {
        var (lambda, mu) = ExpectedGoals(homeTeam, awayTeam);
        if (Distribution == CountDistribution.Poisson)
        {
            return DixonColesCorrection.Matrix(lambda, mu, Rho, _maxGoals);
        }

        var home = NegativeBinomial.Probabilities(lambda, Size, _maxGoals);
        var away = NegativeBinomial.Probabilities(mu, Size, _maxGoals);
        return ScoreMatrix.FromWeights(
            _maxGoals,
            (h, a) => home[h] * away[a] * Math.Max(0, DixonColesCorrection.Tau(h, a, lambda, mu, Rho)));
    }
}

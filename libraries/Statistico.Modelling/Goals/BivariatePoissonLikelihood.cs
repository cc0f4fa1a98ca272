using System.Runtime.CompilerServices;

namespace Statistico.Modelling.Goals;

/// <summary>
/// Penalised, time-weighted negative log-likelihood of the bivariate Poisson model with team
/// effects on λ₁ (home) and λ₂ (away) and one shared log λ₃, divided by the total weight.
/// Layout: [intercept, home advantage, log λ₃, attack…, defence…]. The gradient uses the
/// identities ∂P(x,y)/∂λ₁ = P(x−1,y) − P(x,y), ∂P/∂λ₂ = P(x,y−1) − P(x,y) and
/// ∂P/∂λ₃ = P(x−1,y−1) − P(x,y).
/// </summary>
internal sealed class BivariatePoissonLikelihood
{
    internal const int InterceptIndex = 0;
    internal const int HomeAdvantageIndex = 1;
    internal const int LogCovarianceIndex = 2;
    internal const int FirstTeamIndex = 3;

    // Per-match Poisson tables live on the stack; no football score comes near this.
    private const int MaxGoals = 30;

    private readonly MatchSample _sample;
    private readonly double _shrinkage;

    public BivariatePoissonLikelihood(IReadOnlyList<MatchRecord> matches, DateOnly asOf, DixonColesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // The bivariate Poisson needs integer counts: fit actual goals whatever the shots blend says.
        _sample = MatchSample.Build(matches, asOf, options with { ShotsOnTargetWeight = 0, Targets = null });
        _shrinkage = options.Shrinkage;
        if (_sample.HomeGoals.Any(g => g > MaxGoals) || _sample.AwayGoals.Any(g => g > MaxGoals))
        {
            throw new ArgumentException($"A side scored more than {MaxGoals} goals.", nameof(matches));
        }
    }

    public TeamIndex Teams => _sample.Teams;

    public int MatchCount => _sample.Count;

    public int ParameterCount => FirstTeamIndex + (2 * Teams.Count);

    public static int AttackIndex(int team) => FirstTeamIndex + team;

    public int DefenceIndex(int team) => FirstTeamIndex + Teams.Count + team;

    /// <summary>1/√(approximate Hessian diagonal), as for Dixon–Coles, to precondition L-BFGS.</summary>
    public double[] DiagonalScale()
    {
        var n = Teams.Count;
        var perTeam = new double[n];
        double goals = 0;
        for (var k = 0; k < _sample.Count; k++)
        {
            perTeam[_sample.Home[k]] += _sample.Weight[k];
            perTeam[_sample.Away[k]] += _sample.Weight[k];
            goals += _sample.Weight[k] * (_sample.HomeGoals[k] + _sample.AwayGoals[k]);
        }

        var rate = Math.Max(goals / (2 * _sample.TotalWeight), 0.1);
        var scale = new double[ParameterCount];
        scale[InterceptIndex] = 1 / Math.Sqrt(2 * rate);
        scale[HomeAdvantageIndex] = 1 / Math.Sqrt(rate);
        scale[LogCovarianceIndex] = 1;
        for (var i = 0; i < n; i++)
        {
            scale[FirstTeamIndex + i] = 1 / Math.Sqrt((perTeam[i] * rate / _sample.TotalWeight) + (_shrinkage / _sample.TotalWeight));
            scale[FirstTeamIndex + n + i] = scale[FirstTeamIndex + i];
        }

        return scale;
    }

    public double[] InitialGuess()
    {
        var p = new double[ParameterCount];
        double home = 0, away = 0;
        for (var k = 0; k < _sample.Count; k++)
        {
            home += _sample.Weight[k] * _sample.HomeGoals[k];
            away += _sample.Weight[k] * _sample.AwayGoals[k];
        }

        // Start with a small covariance (λ₃ = 0.1) and the rest of the goals in λ₁, λ₂.
        var homeRate = Math.Max((home / _sample.TotalWeight) - 0.1, 0.1);
        var awayRate = Math.Max((away / _sample.TotalWeight) - 0.1, 0.1);
        p[InterceptIndex] = Math.Log(awayRate);
        p[HomeAdvantageIndex] = Math.Log(homeRate / awayRate);
        p[LogCovarianceIndex] = Math.Log(0.1);
        return p;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Evaluate(ReadOnlySpan<double> p, Span<double> gradient)
    {
        gradient.Clear();
        var n = Teams.Count;
        var lambda3 = Math.Exp(p[LogCovarianceIndex]);
        var attack = p.Slice(FirstTeamIndex, n);
        var defence = p.Slice(FirstTeamIndex + n, n);
        var gAttack = gradient.Slice(FirstTeamIndex, n);
        var gDefence = gradient.Slice(FirstTeamIndex + n, n);
        double value = 0, gIntercept = 0, gHome = 0, gCovariance = 0;
        Span<double> p1 = stackalloc double[MaxGoals + 1];
        Span<double> p2 = stackalloc double[MaxGoals + 1];
        Span<double> p3 = stackalloc double[MaxGoals + 1];

        for (var k = 0; k < _sample.Count; k++)
        {
            int h = _sample.Home[k], a = _sample.Away[k], x = _sample.HomeGoals[k], y = _sample.AwayGoals[k];
            var lambda1 = Math.Exp(p[InterceptIndex] + p[HomeAdvantageIndex] + attack[h] - defence[a]);
            var lambda2 = Math.Exp(p[InterceptIndex] + attack[a] - defence[h]);
            FillPoisson(p1, lambda1, x);
            FillPoisson(p2, lambda2, y);
            FillPoisson(p3, lambda3, Math.Min(x, y));
            var pxy = Joint(p1, p2, p3, x, y);
            var dLog1 = lambda1 * ((Joint(p1, p2, p3, x - 1, y) / pxy) - 1);
            var dLog2 = lambda2 * ((Joint(p1, p2, p3, x, y - 1) / pxy) - 1);
            var dLog3 = lambda3 * ((Joint(p1, p2, p3, x - 1, y - 1) / pxy) - 1);

            var w = _sample.Weight[k];
            value -= w * Math.Log(pxy);
            gIntercept -= w * (dLog1 + dLog2);
            gHome -= w * dLog1;
            gAttack[h] -= w * dLog1;
            gDefence[a] += w * dLog1;
            gAttack[a] -= w * dLog2;
            gDefence[h] += w * dLog2;
            gCovariance -= w * dLog3;
        }

        value += TeamPenalty.Apply(attack, defence, _sample.AttackPrior, _sample.DefencePrior, _shrinkage, gAttack, gDefence);
        gradient[InterceptIndex] = gIntercept;
        gradient[HomeAdvantageIndex] = gHome;
        gradient[LogCovarianceIndex] = gCovariance;
        var scale = 1 / _sample.TotalWeight;
        for (var i = 0; i < gradient.Length; i++)
        {
            gradient[i] *= scale;
        }

        return value * scale;
    }

    private static void FillPoisson(Span<double> target, double mean, int max)
    {
        target[0] = Math.Exp(-mean);
        for (var j = 1; j <= max; j++)
        {
            target[j] = target[j - 1] * mean / j;
        }
    }

    private static double Joint(Span<double> p1, Span<double> p2, Span<double> p3, int x, int y)
    {
        if (x < 0 || y < 0)
        {
            return 0;
        }

        var sum = 0.0;
        for (var j = 0; j <= Math.Min(x, y); j++)
        {
            sum += p1[x - j] * p2[y - j] * p3[j];
        }

        return sum;
    }
}

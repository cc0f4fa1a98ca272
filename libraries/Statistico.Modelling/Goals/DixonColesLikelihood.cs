using System.Runtime.CompilerServices;

namespace Statistico.Modelling.Goals;

/// <summary>
/// The penalised, time-weighted negative log-likelihood of the Dixon–Coles model and its analytic
/// gradient, divided by the total match weight so optimiser tolerances do not depend on how many
/// matches there are.
/// Parameter layout: [intercept, home advantage, raw ρ, log r, attack₀…attackₙ₋₁, defence₀…defenceₙ₋₁,
/// and, only with a per-team home advantage, deviation₀…deviationₙ₋₁],
/// with log λ = intercept + home (+ deviation[home]) + attack[home] − defence[away],
/// log μ = intercept + attack[away] − defence[home] and ρ = <see cref="DixonColesCorrection.RhoBound"/>·tanh(raw ρ)
/// so ρ never leaves the range where τ is positive. r is the negative-binomial size, unused
/// (zero gradient) under Poisson; ρ is unused without the low-score correction.
/// </summary>
internal sealed partial class DixonColesLikelihood
{
    internal const int InterceptIndex = 0;
    internal const int HomeAdvantageIndex = 1;
    internal const int RawRhoIndex = 2;
    internal const int LogSizeIndex = 3;
    internal const int FirstTeamIndex = 4;

    // A weak N(log 20, 1) prior on log r: without it r runs off to infinity when the data are
    // no more dispersed than Poisson, and the optimiser wanders along a flat ridge.
    internal const double LogSizePriorMean = 2.995732273553991;

    private readonly MatchSample _sample;
    private readonly double _shrinkage;
    private readonly bool _negativeBinomial;
    private readonly bool _lowScoreCorrection;
    private readonly bool _teamHomeAdvantage;
    private readonly double _homeShrinkage;

    public DixonColesLikelihood(IReadOnlyList<MatchRecord> matches, DateOnly asOf, DixonColesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _sample = MatchSample.Build(matches, asOf, options);
        _shrinkage = options.Shrinkage;
        _negativeBinomial = options.Distribution == CountDistribution.NegativeBinomial;
        _lowScoreCorrection = options.LowScoreCorrection;
        _teamHomeAdvantage = options.TeamHomeAdvantageShrinkage is not null;
        _homeShrinkage = options.TeamHomeAdvantageShrinkage ?? 0;
    }

    public TeamIndex Teams => _sample.Teams;

    public int MatchCount => _sample.Count;

    public int ParameterCount => FirstTeamIndex + ((_teamHomeAdvantage ? 3 : 2) * Teams.Count);

    /// <summary>Index of a team's home-advantage deviation (only with per-team home advantage).</summary>
    public int HomeDeviationIndex(int team) => FirstTeamIndex + (2 * Teams.Count) + team;

    public static int AttackIndex(int team) => FirstTeamIndex + team;

    public int DefenceIndex(int team) => FirstTeamIndex + Teams.Count + team;

    public static double Rho(double rawRho) => DixonColesCorrection.RhoBound * Math.Tanh(rawRho);

    /// <summary>
    /// 1/√(approximate Hessian diagonal) at the start point, for preconditioning: a team's
    /// attack and defence curvature is its share of the weighted matches times the goal rate
    /// (plus the ridge), the intercept's twice the rate, the home advantage's half of it.
    /// </summary>
    public double[] DiagonalScale()
    {
        var n = Teams.Count;
        var perTeam = new double[n];
        double goals = 0;
        for (var k = 0; k < _sample.Count; k++)
        {
            perTeam[_sample.Home[k]] += _sample.Weight[k];
            perTeam[_sample.Away[k]] += _sample.Weight[k];
            goals += _sample.Weight[k] * (_sample.HomeTarget[k] + _sample.AwayTarget[k]);
        }

        var rate = Math.Max(goals / (2 * _sample.TotalWeight), 0.1);
        var scale = new double[ParameterCount];
        scale[InterceptIndex] = 1 / Math.Sqrt(2 * rate);
        scale[HomeAdvantageIndex] = 1 / Math.Sqrt(rate);
        scale[RawRhoIndex] = 1;
        scale[LogSizeIndex] = 1;
        for (var i = 0; i < n; i++)
        {
            var curvature = (perTeam[i] * rate / _sample.TotalWeight) + (_shrinkage / _sample.TotalWeight);
            scale[FirstTeamIndex + i] = 1 / Math.Sqrt(curvature);
            scale[FirstTeamIndex + n + i] = scale[FirstTeamIndex + i];
            if (_teamHomeAdvantage)
            {
                scale[FirstTeamIndex + (2 * n) + i] = scale[FirstTeamIndex + i];
            }
        }

        return scale;
    }

    /// <summary>A start point near the optimum: average goal rates, no team effects, ρ = 0.</summary>
    public double[] InitialGuess()
    {
        var p = new double[ParameterCount];
        double homeSum = 0, awaySum = 0;
        for (var k = 0; k < _sample.Count; k++)
        {
            homeSum += _sample.Weight[k] * _sample.HomeTarget[k];
            awaySum += _sample.Weight[k] * _sample.AwayTarget[k];
        }

        var homeRate = Math.Max(homeSum / _sample.TotalWeight, 0.1);
        var awayRate = Math.Max(awaySum / _sample.TotalWeight, 0.1);
        p[InterceptIndex] = Math.Log(awayRate);
        p[HomeAdvantageIndex] = Math.Log(homeRate / awayRate);
        p[LogSizeIndex] = LogSizePriorMean;
        return p;
    }

    /// <summary>Writes the gradient into <paramref name="gradient"/> and returns the objective.</summary>
    // The optimiser calls this thousands of times per walk-forward: skip tier-0 JIT code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Evaluate(ReadOnlySpan<double> p, Span<double> gradient)
    {
        gradient.Clear();
        var n = Teams.Count;
        var intercept = p[InterceptIndex];
        var homeAdvantage = p[HomeAdvantageIndex];
        var tanh = Math.Tanh(p[RawRhoIndex]);
        var rho = DixonColesCorrection.RhoBound * tanh;
        var size = Math.Exp(p[LogSizeIndex]);
        var lgammaSize = _negativeBinomial ? MathNet.Numerics.SpecialFunctions.GammaLn(size) : 0;
        var digammaSize = _negativeBinomial ? MathNet.Numerics.SpecialFunctions.DiGamma(size) : 0;
        var attack = p.Slice(FirstTeamIndex, n);
        var defence = p.Slice(FirstTeamIndex + n, n);
        var gAttack = gradient.Slice(FirstTeamIndex, n);
        var gDefence = gradient.Slice(FirstTeamIndex + n, n);
        double value = 0, gIntercept = 0, gHome = 0, gRho = 0, gLogSize = 0;

        for (var k = 0; k < _sample.Count; k++)
        {
            int h = _sample.Home[k], a = _sample.Away[k];
            var logLambda = intercept + homeAdvantage + (_teamHomeAdvantage ? p[FirstTeamIndex + (2 * n) + h] : 0) + attack[h] - defence[a];
            var logMu = intercept + attack[a] - defence[h];
            var lambda = Math.Exp(logLambda);
            var mu = Math.Exp(logMu);
            var x = _sample.HomeTarget[k];
            var y = _sample.AwayTarget[k];

            double ll, dLogLambda, dLogMu, dLogSize = 0;
            if (_negativeBinomial)
            {
                var (llHome, dHome, sHome) = NegativeBinomial.LogLikelihoodTerm(x, lambda, size, lgammaSize, digammaSize);
                var (llAway, dAway, sAway) = NegativeBinomial.LogLikelihoodTerm(y, mu, size, lgammaSize, digammaSize);
                ll = llHome + llAway;
                dLogLambda = dHome;
                dLogMu = dAway;
                dLogSize = sHome + sAway;
            }
            else
            {
                // Poisson kernels (log x! is constant and left out); dℓ/dlogλ = x − λ.
                ll = (x * logLambda) - lambda + (y * logMu) - mu;
                dLogLambda = x - lambda;
                dLogMu = y - mu;
            }

            var dRho = 0.0;
            if (_lowScoreCorrection)
            {
                DixonColesCorrection.AddLogTau(_sample.HomeGoals[k], _sample.AwayGoals[k], lambda, mu, rho, ref ll, ref dLogLambda, ref dLogMu, ref dRho);
            }

            var w = _sample.Weight[k];
            value -= w * ll;
            var wl = w * dLogLambda;
            var wm = w * dLogMu;
            gIntercept -= wl + wm;
            gHome -= wl;
            if (_teamHomeAdvantage)
            {
                gradient[FirstTeamIndex + (2 * n) + h] -= wl;
            }

            gAttack[h] -= wl;
            gDefence[a] += wl;
            gAttack[a] -= wm;
            gDefence[h] += wm;
            gRho -= w * dRho;
            gLogSize -= w * dLogSize;
        }

        var sizeOffset = p[LogSizeIndex] - LogSizePriorMean;
        value += 0.5 * sizeOffset * sizeOffset;
        gLogSize += sizeOffset;

        value += TeamPenalty.Apply(attack, defence, _sample.AttackPrior, _sample.DefencePrior, _shrinkage, gAttack, gDefence);
        if (_teamHomeAdvantage)
        {
            // Deviations from the league's home advantage, shrunk hard: home form is noisy.
            for (var i = 0; i < n; i++)
            {
                var deviation = p[FirstTeamIndex + (2 * n) + i];
                value += 0.5 * _homeShrinkage * deviation * deviation;
                gradient[FirstTeamIndex + (2 * n) + i] += _homeShrinkage * deviation;
            }
        }


        gradient[InterceptIndex] = gIntercept;
        gradient[HomeAdvantageIndex] = gHome;
        gradient[RawRhoIndex] = gRho * DixonColesCorrection.RhoBound * (1 - (tanh * tanh));
        gradient[LogSizeIndex] = gLogSize;

        var scale = 1 / _sample.TotalWeight;
        for (var i = 0; i < gradient.Length; i++)
        {
            gradient[i] *= scale;
        }

        return value * scale;
    }
}

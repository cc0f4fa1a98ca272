namespace Statistico.Modelling.Goals;

/// <summary>
/// Dixon and Coles' τ: the factor that moves probability between 0-0, 1-0, 0-1 and 1-1 so low
/// scores are not forced to be independent. ρ &lt; 0 makes 0-0 and 1-1 more likely.
/// </summary>
public static class DixonColesCorrection
{
    /// <summary>
    /// |ρ| is kept below this so τ stays positive for any realistic pair of means (τ(0,0) = 1 − λμρ
    /// needs λμ &lt; 1/ρ; at 0.15 that is λμ &lt; 6.7).
    /// </summary>
    public const double RhoBound = 0.15;

    /// <summary>τ(x, y; λ, μ, ρ).</summary>
    public static double Tau(int homeGoals, int awayGoals, double homeMean, double awayMean, double rho) =>
        (homeGoals, awayGoals) switch
        {
            (0, 0) => 1 - (homeMean * awayMean * rho),
            (0, 1) => 1 + (homeMean * rho),
            (1, 0) => 1 + (awayMean * rho),
            (1, 1) => 1 - rho,
            _ => 1,
        };

    /// <summary>The Dixon–Coles score matrix for the given means and ρ.</summary>
    public static ScoreMatrix Matrix(double homeMean, double awayMean, double rho, int maxGoals = ScoreMatrix.DefaultMaxGoals)
    {
        var home = Poisson.Probabilities(homeMean, maxGoals);
        var away = Poisson.Probabilities(awayMean, maxGoals);
        return ScoreMatrix.FromWeights(
            maxGoals,
            (h, a) => home[h] * away[a] * Math.Max(0, Tau(h, a, homeMean, awayMean, rho)));
    }

    /// <summary>Adds log τ to a match log-likelihood and its derivatives by log λ, log μ and ρ.</summary>
    internal static void AddLogTau(
        int homeGoals, int awayGoals, double lambda, double mu, double rho,
        ref double ll, ref double dLogLambda, ref double dLogMu, ref double dRho)
    {
        // τ and its derivatives by log λ, log μ and ρ; the chain rule through exp gives the λ, μ factors.
        switch (homeGoals, awayGoals)
        {
            case (0, 0):
                {
                    var tau = 1 - (lambda * mu * rho);
                    ll += Math.Log(tau);
                    var d = lambda * mu * rho / tau;
                    dLogLambda -= d;
                    dLogMu -= d;
                    dRho -= lambda * mu / tau;
                    break;
                }

            case (0, 1):
                {
                    var tau = 1 + (lambda * rho);
                    ll += Math.Log(tau);
                    dLogLambda += lambda * rho / tau;
                    dRho += lambda / tau;
                    break;
                }

            case (1, 0):
                {
                    var tau = 1 + (mu * rho);
                    ll += Math.Log(tau);
                    dLogMu += mu * rho / tau;
                    dRho += mu / tau;
                    break;
                }

            case (1, 1):
                {
                    var tau = 1 - rho;
                    ll += Math.Log(tau);
                    dRho -= 1 / tau;
                    break;
                }

            default:
                break;
        }
    }
}

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
}

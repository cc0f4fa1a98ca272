namespace Statistico.Modelling.Goals;

/// <summary>
/// The identifiability and shrinkage terms shared by the team-strength likelihoods: a ridge
/// (κ/2)·Σ[(attackᵢ − aᵢ)² + (defenceᵢ − dᵢ)²] towards each team's prior means aᵢ, dᵢ, plus a soft
/// sum-to-zero penalty (Σattack)² + (Σdefence)². With a ridge and a free intercept the sums are
/// already zero at the optimum; without one the penalty is what pins attack against defence.
/// </summary>
internal static class TeamPenalty
{
    private const double SumToZeroWeight = 1.0;

    /// <summary>Adds the gradient to the team slices and returns the penalty value.</summary>
    public static double Apply(
        ReadOnlySpan<double> attack, ReadOnlySpan<double> defence, double[] attackPrior, double[] defencePrior, double shrinkage,
        Span<double> gAttack, Span<double> gDefence)
    {
        double value = 0, sumAttack = 0, sumDefence = 0;
        for (var i = 0; i < attack.Length; i++)
        {
            var da = attack[i] - attackPrior[i];
            var dd = defence[i] - defencePrior[i];
            value += 0.5 * shrinkage * ((da * da) + (dd * dd));
            gAttack[i] += shrinkage * da;
            gDefence[i] += shrinkage * dd;
            sumAttack += attack[i];
            sumDefence += defence[i];
        }

        value += SumToZeroWeight * ((sumAttack * sumAttack) + (sumDefence * sumDefence));
        for (var i = 0; i < attack.Length; i++)
        {
            gAttack[i] += 2 * SumToZeroWeight * sumAttack;
            gDefence[i] += 2 * SumToZeroWeight * sumDefence;
        }

        return value;
    }

    /// <summary>Adds the penalty's Hessian to a row-major Hessian whose attack block starts at <paramref name="first"/>.</summary>
    public static void AddHessian(Span<double> hessian, int size, int first, int teams, double shrinkage)
    {
        for (var block = first; block < first + (2 * teams); block += teams)
        {
            for (var i = block; i < block + teams; i++)
            {
                var row = hessian.Slice(i * size, size);
                row[i] += shrinkage;
                for (var j = block; j < block + teams; j++)
                {
                    row[j] += 2 * SumToZeroWeight;
                }
            }
        }
    }
}

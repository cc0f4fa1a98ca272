namespace Statistico.Modelling.Pricing;

/// <summary>Implied probabilities and overround of quoted odds.</summary>
public static class Implied
{
    /// <summary>1 / odds for each selection.</summary>
    public static double[] Probabilities(IReadOnlyList<double> odds)
    {
        ArgumentNullException.ThrowIfNull(odds);
        var result = new double[odds.Count];
        for (var i = 0; i < odds.Count; i++)
        {
            if (!(odds[i] > 1))
            {
                throw new ArgumentOutOfRangeException(nameof(odds), odds[i], "Decimal odds must exceed 1.");
            }

            result[i] = 1 / odds[i];
        }

        return result;
    }

    /// <summary>Σ 1/odds − 1, the bookmaker's margin (booksum minus one).</summary>
    public static double Overround(IReadOnlyList<double> odds) => Probabilities(odds).Sum() - 1;
}

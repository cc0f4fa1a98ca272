namespace Statistico.Modelling.Pricing;

/// <summary>Normalisation: p = π / Σπ; the most common and the crudest method.</summary>
public sealed class MultiplicativeMargin : IMarginModel
{
    /// <inheritdoc/>
    public MarginMethod Method => MarginMethod.Multiplicative;

    /// <inheritdoc/>
    public double[] Remove(IReadOnlyList<double> odds)
    {
        // In place and summed in order, as Enumerable.Sum would: the same numbers without two more allocations (every
        // evaluate run removes the margins of every match's eight pre-closing prices, issue 21).
        var implied = Implied.Probabilities(odds);
        var sum = 0.0;
        foreach (var p in implied)
        {
            sum += p;
        }

        for (var i = 0; i < implied.Length; i++)
        {
            implied[i] /= sum;
        }

        return implied;
    }

    /// <inheritdoc/>
    public double[] Apply(IReadOnlyList<double> probabilities, double margin)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        return [.. probabilities.Select(p => p * (1 + margin))];
    }
}

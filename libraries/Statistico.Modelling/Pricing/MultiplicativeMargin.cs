namespace Statistico.Modelling.Pricing;

/// <summary>Normalisation: p = π / Σπ; the most common and the crudest method.</summary>
public sealed class MultiplicativeMargin : IMarginModel
{
    /// <inheritdoc/>
    public MarginMethod Method => MarginMethod.Multiplicative;

    /// <inheritdoc/>
    public double[] Remove(IReadOnlyList<double> odds)
    {
        var implied = Implied.Probabilities(odds);
        var sum = implied.Sum();
        return [.. implied.Select(p => p / sum)];
    }

    /// <inheritdoc/>
    public double[] Apply(IReadOnlyList<double> probabilities, double margin)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        return [.. probabilities.Select(p => p * (1 + margin))];
    }
}

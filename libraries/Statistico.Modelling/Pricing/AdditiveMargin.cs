namespace Statistico.Modelling.Pricing;

/// <summary>
/// Equal subtraction: p = π − (Σπ − 1)/n. It can give negative probabilities for big longshots in
/// many-runner markets; callers pricing such markets should prefer another method.
/// </summary>
public sealed class AdditiveMargin : IMarginModel
{
    /// <inheritdoc/>
    public MarginMethod Method => MarginMethod.Additive;

    /// <inheritdoc/>
    public double[] Remove(IReadOnlyList<double> odds)
    {
        var implied = Implied.Probabilities(odds);
        var excess = (implied.Sum() - 1) / implied.Length;
        return [.. implied.Select(p => p - excess)];
    }

    /// <inheritdoc/>
    public double[] Apply(IReadOnlyList<double> probabilities, double margin)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var share = margin / probabilities.Count;
        return [.. probabilities.Select(p => p + share)];
    }
}

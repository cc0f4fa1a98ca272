namespace Statistico.Modelling.Pricing;

/// <summary>p = π^k with k chosen so the p sum to one.</summary>
public sealed class PowerMargin : IMarginModel
{
    /// <inheritdoc/>
    public MarginMethod Method => MarginMethod.Power;

    /// <inheritdoc/>
    public double[] Remove(IReadOnlyList<double> odds)
    {
        var implied = Implied.Probabilities(odds);
        var k = RootFinder.Solve(e => implied.Sum(p => Math.Pow(p, e)) - 1, 1e-3, 100);
        return [.. implied.Select(p => Math.Pow(p, k))];
    }

    /// <inheritdoc/>
    public double[] Apply(IReadOnlyList<double> probabilities, double margin)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var exponent = RootFinder.Solve(e => probabilities.Sum(p => Math.Pow(p, e)) - (1 + margin), 1e-3, 100);
        return [.. probabilities.Select(p => Math.Pow(p, exponent))];
    }
}

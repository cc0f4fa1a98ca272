namespace Statistico.Modelling.Pricing;

/// <summary>
/// Cheung's odds-ratio method: [π/(1 − π)] / [p/(1 − p)] = c for every selection, with c chosen
/// so the p sum to one: p = π / (c + π − c·π).
/// </summary>
public sealed class OddsRatioMargin : IMarginModel
{
    /// <inheritdoc/>
    public MarginMethod Method => MarginMethod.OddsRatio;

    /// <inheritdoc/>
    public double[] Remove(IReadOnlyList<double> odds)
    {
        var implied = Implied.Probabilities(odds);
        var c = RootFinder.Solve(r => implied.Sum(pi => pi / (r + pi - (r * pi))) - 1, 1e-3, 1e3);
        return [.. implied.Select(pi => pi / (c + pi - (c * pi)))];
    }

    /// <inheritdoc/>
    public double[] Apply(IReadOnlyList<double> probabilities, double margin)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var c = RootFinder.Solve(r => probabilities.Sum(p => r * p / (1 - p + (r * p))) - (1 + margin), 1e-3, 1e3);
        return [.. probabilities.Select(p => c * p / (1 - p + (c * p)))];
    }
}

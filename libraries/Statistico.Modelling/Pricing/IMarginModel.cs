namespace Statistico.Modelling.Pricing;

/// <summary>
/// Converts between true probabilities of a partition (summing to one) and a bookmaker's
/// implied probabilities (1 / odds, summing to 1 + margin). Apply and Remove invert each other.
/// </summary>
public interface IMarginModel
{
    /// <summary>The method this model implements.</summary>
    MarginMethod Method { get; }

    /// <summary>True probabilities from decimal odds.</summary>
    double[] Remove(IReadOnlyList<double> odds);

    /// <summary>Implied probabilities (1 / booked odds) summing to 1 + <paramref name="margin"/>.</summary>
    double[] Apply(IReadOnlyList<double> probabilities, double margin);
}

using Statistico.Modelling.Goals;

namespace Statistico.OddsCompiler.Books;

/// <summary>The one score distribution every market of a fixture is compiled from.</summary>
public static class FixtureDistribution
{
    /// <summary>
    /// The model's score matrix; at a neutral venue, the even mixture of the two ways round (the second transposed),
    /// so neither side gets the home advantage and all markets still come from one distribution (ADR 0403).
    /// </summary>
    public static ScoreMatrix Predict(IFittedGoalModel fit, string homeTeam, string awayTeam, bool neutralVenue)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var asListed = fit.Predict(homeTeam, awayTeam);
        if (!neutralVenue)
        {
            return asListed;
        }

        var reversed = fit.Predict(awayTeam, homeTeam);
        var maxGoals = Math.Min(asListed.MaxGoals, reversed.MaxGoals);
        return ScoreMatrix.FromWeights(maxGoals, (h, a) => (0.5 * asListed[h, a]) + (0.5 * reversed[a, h]));
    }
}

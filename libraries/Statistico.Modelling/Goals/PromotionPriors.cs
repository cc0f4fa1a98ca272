namespace Statistico.Modelling.Goals;

/// <summary>
/// Carries strengths across promotion and relegation: a team arriving from another league gets
/// its attack and defence from a fit of that league, shifted by the gap between the leagues, as
/// prior means (<see cref="DixonColesOptions.TeamPriors"/>). Both leagues' parameters are centred
/// on their own average, so the shift is what makes them comparable: on E0/E1 a gap of about 0.4
/// (promoted teams −0.4, relegated teams +0.4) worked best (E0+E1 RPS 0.21048 → 0.21024).
/// </summary>
public static class PromotionPriors
{
    /// <summary>The gap measured between the Premier League and the Championship.</summary>
    public const double EnglandTopTwoGap = 0.4;

    /// <summary>
    /// Priors for each of <paramref name="arrivals"/> known to <paramref name="otherLeague"/>:
    /// its attack and defence there plus <paramref name="shift"/> (negative for promoted teams).
    /// </summary>
    public static IReadOnlyDictionary<string, (double Attack, double Defence)> From(
        DixonColesFit otherLeague, IEnumerable<string> arrivals, double shift)
    {
        ArgumentNullException.ThrowIfNull(otherLeague);
        ArgumentNullException.ThrowIfNull(arrivals);
        var priors = new Dictionary<string, (double Attack, double Defence)>(StringComparer.Ordinal);
        foreach (var team in arrivals.Where(otherLeague.Knows))
        {
            priors[team] = (otherLeague.Attack[team] + shift, otherLeague.Defence[team] + shift);
        }

        return priors;
    }
}

using Statistico.Modelling.Goals;

namespace Statistico.Modelling.Counts;

/// <summary>
/// Team effects for a match count such as corners or cards: log rate = intercept + home +
/// for[team] − against[opponent], fitted with the same penalised, time-weighted likelihood as
/// the goal models (negative binomial by default, since cards especially are overdispersed, and
/// without the goals-only low-score correction). Matches without the statistic are skipped.
/// </summary>
public sealed class TeamCountModel(MatchStatistic statistic, CountDistribution distribution = CountDistribution.NegativeBinomial, double timeDecayPerDay = 0.0018)
{
    // Counts can run high (30+ corners is rare but possible), so the matrix extends further than for goals.
    private const int MaxCount = 30;

    /// <summary>The statistic modelled.</summary>
    public MatchStatistic Statistic { get; } = statistic;

    /// <summary>Fits on matches before <paramref name="asOf"/>.</summary>
    public TeamCountFit Fit(IReadOnlyList<MatchRecord> matches, DateOnly asOf)
    {
        var options = new DixonColesOptions
        {
            TimeDecayPerDay = timeDecayPerDay,
            Distribution = distribution,
            LowScoreCorrection = false,
            MaxGoals = MaxCount,
            Targets = Statistic == MatchStatistic.Corners
                ? m => m.HomeCorners is { } h && m.AwayCorners is { } a ? (h, a) : null
                : m => m.HomeCards is { } h && m.AwayCards is { } a ? (h, a) : null,
        };
        return new TeamCountFit(Statistic, new DixonColesModel(options).Fit(matches, asOf));
    }
}

namespace Statistico.Simulator;

/// <summary>Synthetic world: divisions of invented teams, with a past of completed seasons before the one that is played.</summary>
public sealed class SyntheticOptions
{
    public List<SyntheticLeagueOptions> Leagues { get; set; } = [];

    /// <summary>Seasons played one after another, from <see cref="FirstSeasonYear"/> on.</summary>
    public int Seasons { get; set; } = 2;

    /// <summary>Calendar year the first played season starts in (August).</summary>
    public int FirstSeasonYear { get; set; } = 2030;

    /// <summary>
    /// Completed seasons before <see cref="FirstSeasonYear"/>, generated from the same team strengths (with promotion
    /// and relegation): results and statistics only, no markets. They are the history the platform backfills, so the
    /// first upcoming matchday can be rated and priced at once.
    /// </summary>
    public int PastSeasons { get; set; } = 3;

    /// <summary>Teams relegated from each division and promoted from the one below it every summer.</summary>
    public int PromotionPlaces { get; set; } = 3;

    /// <summary>How much weaker (log scale, attack and defence each) a division's average team is than the one above.</summary>
    public double DivisionGap { get; set; } = 0.2;

    /// <summary>Mean home and away goals of two average teams.</summary>
    public double HomeGoals { get; set; } = 1.50;

    public double AwayGoals { get; set; } = 1.15;

    /// <summary>Shared (correlating) component of the bivariate Poisson.</summary>
    public double GoalCovariance { get; set; } = 0.08;

    /// <summary>Spread of the hidden attack and defence strengths (log scale).</summary>
    public double StrengthSpread { get; set; } = 0.25;

    /// <summary>Random-walk step of each strength per match-day (log scale).</summary>
    public double StrengthDrift { get; set; } = 0.02;

    /// <summary>Share of matches postponed (announced ahead, markets voided, never replayed).</summary>
    public double PostponedShare { get; set; } = 0.005;

    /// <summary>Share of matches abandoned after kick-off (markets voided).</summary>
    public double AbandonedShare { get; set; } = 0.002;

    /// <summary>
    /// The divisions to play, top flight first (teams move between neighbours); when none is configured, two of 20:
    /// SIM (Sportmonks id 9001) above SIM2 (9002).
    /// </summary>
    public IReadOnlyList<SyntheticLeagueOptions> EffectiveLeagues =>
        Leagues.Count > 0 ? Leagues :
        [
            new SyntheticLeagueOptions { Id = 9001, Code = "SIM", Name = "Simulated Premier Division" },
            new SyntheticLeagueOptions { Id = 9002, Code = "SIM2", Name = "Simulated First Division" },
        ];
}

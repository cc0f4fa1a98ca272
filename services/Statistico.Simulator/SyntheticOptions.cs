namespace Statistico.Simulator;

/// <summary>Synthetic world: leagues of invented teams.</summary>
public sealed class SyntheticOptions
{
    public List<SyntheticLeagueOptions> Leagues { get; set; } = [];

    /// <summary>Seasons played one after another.</summary>
    public int Seasons { get; set; } = 2;

    /// <summary>Calendar year the first season starts in (August).</summary>
    public int FirstSeasonYear { get; set; } = 2030;

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

    /// <summary>The leagues to play (one 20-team league when none is configured).</summary>
    public IReadOnlyList<SyntheticLeagueOptions> EffectiveLeagues =>
        Leagues.Count > 0 ? Leagues : [new SyntheticLeagueOptions()];
}

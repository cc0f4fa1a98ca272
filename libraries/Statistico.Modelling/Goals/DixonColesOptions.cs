namespace Statistico.Modelling.Goals;

/// <summary>Hyper-parameters of <see cref="DixonColesModel"/>.</summary>
public sealed record DixonColesOptions
{
    /// <summary>
    /// Time decay ξ per day: a match d days old has weight exp(−ξ·d). 0.0018 is Dixon and Coles'
    /// half-weekly value rescaled to days (half-life about 385 days).
    /// </summary>
    public double TimeDecayPerDay { get; init; } = 0.0018;

    /// <summary>
    /// Ridge precision κ on attack and defence (a Gaussian prior with variance 1/κ, in units of the
    /// unweighted log-likelihood). It pulls teams with few matches, such as promoted teams early
    /// in a season, towards the league average, and also makes the parameters identifiable.
    /// </summary>
    public double Shrinkage { get; init; } = 2.0;

    /// <summary>
    /// Prior mean of attack and defence for a newcomer: a team whose first match in the training
    /// data comes more than <see cref="NewcomerAfterDays"/> after the earliest one, which in a
    /// league's data means a promoted team. Promoted teams are on average weaker than the teams
    /// they replace, so shrinking them towards the league average would overrate them early on.
    /// </summary>
    public double NewcomerPrior { get; init; }

    /// <summary>See <see cref="NewcomerPrior"/>.</summary>
    public int NewcomerAfterDays { get; init; } = 180;

    /// <summary>
    /// Prior means of attack and defence for named teams, overriding <see cref="NewcomerPrior"/>:
    /// e.g. a promoted team's strength carried over from a fit of the league below.
    /// </summary>
    public IReadOnlyDictionary<string, (double Attack, double Defence)>? TeamPriors { get; init; }

    /// <summary>
    /// Weight of the shots-on-target goal proxy in the Poisson targets: the model is fitted to
    /// (1 − w)·goals + w·(goals per shot on target)·shots on target when shots are known.
    /// Zero fits pure goals, as the original paper does.
    /// </summary>
    public double ShotsOnTargetWeight { get; init; }

    /// <summary>Expected goals per shot on target used by the shots proxy (about 0.3 in the top leagues).</summary>
    public double GoalsPerShotOnTarget { get; init; } = 0.3;

    /// <summary>
    /// Weight of a corners proxy in the targets, alongside <see cref="ShotsOnTargetWeight"/>: the
    /// goals weight is what the available statistics leave (a match without corners or shots
    /// falls back to the remaining signals, and to goals alone).
    /// </summary>
    public double CornersWeight { get; init; }

    /// <summary>Scale of the corners proxy: league goals per corner (about 0.26), not a causal rate.</summary>
    public double GoalsPerCorner { get; init; } = 0.26;

    /// <summary>Largest goals per side in predicted score matrices.</summary>
    public int MaxGoals { get; init; } = ScoreMatrix.DefaultMaxGoals;

    /// <summary>Matches older than this many days get no weight at all (and are skipped for speed).</summary>
    public int? WindowDays { get; init; }

    /// <summary>Marginal distribution of each side's count; negative binomial adds one shared size parameter.</summary>
    public CountDistribution Distribution { get; init; } = CountDistribution.Poisson;

    /// <summary>Apply Dixon and Coles' low-score correction τ (it only makes sense for goals).</summary>
    public bool LowScoreCorrection { get; init; } = true;

    /// <summary>
    /// What the model is fitted to, per match: (home, away) counts, or null to skip the match.
    /// Null (the default) fits goals, blended with shots on target per <see cref="ShotsOnTargetWeight"/>.
    /// Setting it is how team models of corners or cards reuse this likelihood.
    /// </summary>
    public Func<MatchRecord, (double Home, double Away)?>? Targets { get; init; }

    /// <summary>
    /// When set, each team gets its own home-advantage deviation from the league's, with this
    /// ridge precision (large: home form is noisy). Null keeps one home advantage per league.
    /// </summary>
    public double? TeamHomeAdvantageShrinkage { get; init; }

    /// <summary>
    /// Gradient tolerance of the optimiser on the mean negative log-likelihood, in the
    /// preconditioned coordinates (parameters divided by their approximate standard scale).
    /// </summary>
    public double GradientTolerance { get; init; } = 1e-6;
}

namespace Statistico.Modelling.Goals;

/// <summary>The marginal distribution of one side's count (goals, corners, cards).</summary>
public enum CountDistribution
{
    /// <summary>Poisson: variance equals the mean.</summary>
    Poisson,

    /// <summary>Negative binomial with a shared size r: variance μ + μ²/r, for overdispersed counts such as cards.</summary>
    NegativeBinomial,
}

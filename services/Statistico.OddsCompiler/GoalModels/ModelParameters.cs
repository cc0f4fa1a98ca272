using Statistico.OddsCompiler.Priors;

namespace Statistico.OddsCompiler.GoalModels;

/// <summary>The goal part's parameters (Dixon–Coles on the log scale) kept with each snapshot.</summary>
/// <param name="Intercept">Log goal rate of an average away side against an average defence.</param>
/// <param name="HomeAdvantage">Additive home effect on the log rate.</param>
/// <param name="Rho">Low-score dependence ρ.</param>
/// <param name="Teams">Each team's attack, defence and pi-rating (a team priced from its prior alone has 0 matches).</param>
/// <param name="Priors">The priors the fit started named teams from (ADR 0404), when any.</param>
public sealed record ModelParameters(
    double Intercept, double HomeAdvantage, double Rho, IReadOnlyDictionary<string, TeamParameters> Teams, IReadOnlyDictionary<string, TeamPrior>? Priors = null);

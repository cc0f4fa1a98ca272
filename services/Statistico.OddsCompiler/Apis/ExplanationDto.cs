using Statistico.OddsCompiler.GoalModels;
using Statistico.OddsCompiler.Priors;

namespace Statistico.OddsCompiler.Apis;

/// <summary>What a fixture's current price is made of.</summary>
/// <param name="FixtureId">The fixture.</param>
/// <param name="ModelVersion">The model explained (the competition's current one).</param>
/// <param name="NeutralVenue">Whether home advantage was removed.</param>
/// <param name="GoalModelExpectedGoals">The Dixon–Coles part's λ (home) and μ (away), before τ and the 1X2 blend.</param>
/// <param name="ExpectedHomeGoals">Expected home goals of the priced distribution.</param>
/// <param name="ExpectedAwayGoals">Expected away goals of the priced distribution.</param>
/// <param name="Rho">Dixon–Coles ρ.</param>
/// <param name="Intercept">Log rate intercept.</param>
/// <param name="HomeAdvantage">Log home effect.</param>
/// <param name="RatingsMatchOdds">The pi-ratings' HOME/DRAW/AWAY blended in.</param>
/// <param name="OutcomeWeight">Weight of the ratings' 1X2 in the blend.</param>
/// <param name="MatchOdds">HOME/DRAW/AWAY of the priced distribution.</param>
/// <param name="Home">The home team's parameters.</param>
/// <param name="Away">The away team's parameters.</param>
/// <param name="HomePrior">The prior the home team's strength started from, when it had one (ADR 0404).</param>
/// <param name="AwayPrior">The away team's prior, when it had one.</param>
public sealed record ExplanationDto(
    Guid FixtureId,
    string ModelVersion,
    bool NeutralVenue,
    double[] GoalModelExpectedGoals,
    double ExpectedHomeGoals,
    double ExpectedAwayGoals,
    double Rho,
    double Intercept,
    double HomeAdvantage,
    double[] RatingsMatchOdds,
    double OutcomeWeight,
    double[] MatchOdds,
    TeamParameters? Home,
    TeamParameters? Away,
    TeamPrior? HomePrior,
    TeamPrior? AwayPrior);

using Statistico.Modelling.Goals;
using Statistico.OddsCompiler.Priors;

namespace Statistico.OddsCompiler.Tests;

/// <summary>The shift a team's strength takes between leagues: by tiers, a configured pair, or none.</summary>
[Trait("Category", "Unit")]
public sealed class LeagueGapsTests
{
    [Fact]
    public void Promotion_subtracts_the_gap_per_tier_and_relegation_adds_it()
    {
        var options = new CompilerOptions();

        Assert.Equal(-PromotionPriors.EnglandTopTwoGap, LeagueGaps.Shift("E1", "E0", options));
        Assert.Equal(PromotionPriors.EnglandTopTwoGap, LeagueGaps.Shift("E0", "E1", options));
        Assert.Equal(-2 * PromotionPriors.EnglandTopTwoGap, LeagueGaps.Shift("E2", "E0", options)!.Value, 12);
    }

    [Fact]
    public void A_configured_pair_wins_over_the_tiers_and_a_competition_without_a_tier_carries_nothing()
    {
        var options = new CompilerOptions { PromotionGap = 0.3, PriorShifts = { ["D2>D1"] = -0.55 } };

        Assert.Equal(-0.55, LeagueGaps.Shift("D2", "D1", options));
        Assert.Equal(-0.3, LeagueGaps.Shift("SC1", "SC0", options));
        Assert.Null(LeagueGaps.Shift("XX1", "E0", options));
        // The Simulator's two divisions are tiered like any pair of leagues, so a promoted SIM2 team carries its strength.
        Assert.Equal(-0.3, LeagueGaps.Shift("SIM2", "SIM", options));
    }
}

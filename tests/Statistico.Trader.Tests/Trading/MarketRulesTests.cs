using Statistico.Trader.Markets;

namespace Statistico.Trader.Tests.Trading;

/// <summary>How each tradable selection ends from a full-time score.</summary>
[Trait("Category", "Unit")]
public sealed class MarketRulesTests
{
    [Theory]
    [InlineData("MATCH_ODDS", "HOME", 2, 1, SelectionResult.Won)]
    [InlineData("MATCH_ODDS", "DRAW", 2, 1, SelectionResult.Lost)]
    [InlineData("MATCH_ODDS", "AWAY", 0, 1, SelectionResult.Won)]
    [InlineData("MATCH_ODDS", "DRAW", 2, 2, SelectionResult.Won)]
    [InlineData("OVER_UNDER_25", "OVER", 2, 1, SelectionResult.Won)]
    [InlineData("OVER_UNDER_25", "OVER", 1, 1, SelectionResult.Lost)]
    [InlineData("OVER_UNDER_25", "UNDER", 1, 1, SelectionResult.Won)]
    [InlineData("OVER_UNDER_05", "UNDER", 0, 0, SelectionResult.Won)]
    [InlineData("OVER_UNDER_65", "OVER", 4, 3, SelectionResult.Won)]
    [InlineData("BOTH_TEAMS_TO_SCORE", "YES", 1, 1, SelectionResult.Won)]
    [InlineData("BOTH_TEAMS_TO_SCORE", "YES", 2, 0, SelectionResult.Lost)]
    [InlineData("BOTH_TEAMS_TO_SCORE", "NO", 2, 0, SelectionResult.Won)]
    [InlineData("DOUBLE_CHANCE", "HOME_DRAW", 1, 1, SelectionResult.Won)]
    [InlineData("DOUBLE_CHANCE", "DRAW_AWAY", 2, 0, SelectionResult.Lost)]
    [InlineData("DOUBLE_CHANCE", "HOME_AWAY", 0, 0, SelectionResult.Lost)]
    [InlineData("DRAW_NO_BET", "HOME", 1, 1, SelectionResult.Void)]
    [InlineData("DRAW_NO_BET", "HOME", 2, 1, SelectionResult.Won)]
    [InlineData("DRAW_NO_BET", "AWAY", 2, 1, SelectionResult.Lost)]
    [InlineData("CORRECT_SCORE", "2-1", 2, 1, SelectionResult.Won)]
    [InlineData("CORRECT_SCORE", "1-2", 2, 1, SelectionResult.Lost)]
    [InlineData("CORRECT_SCORE", "3-3", 3, 3, SelectionResult.Won)]
    [InlineData("CORRECT_SCORE", "ANY_OTHER_HOME", 4, 1, SelectionResult.Won)]
    [InlineData("CORRECT_SCORE", "ANY_OTHER_HOME", 3, 0, SelectionResult.Lost)]
    [InlineData("CORRECT_SCORE", "ANY_OTHER_DRAW", 4, 4, SelectionResult.Won)]
    [InlineData("CORRECT_SCORE", "ANY_OTHER_AWAY", 0, 4, SelectionResult.Won)]
    public void A_selection_ends_as_the_score_says(string market, string selection, int home, int away, SelectionResult expected) =>
        Assert.Equal(expected, MarketRules.Settle(market, selection, home, away));

    [Theory]
    [InlineData("MATCH_ODDS", "OVER")]
    [InlineData("ASIAN_HANDICAP", "HOME")]
    [InlineData("OVER_UNDER_75", "OVER")]
    public void A_market_or_selection_that_cannot_be_settled_from_the_score_is_refused(string market, string selection)
    {
        Assert.False(MarketRules.IsKnown(market, selection));
        Assert.Throws<ArgumentException>(() => MarketRules.Settle(market, selection, 1, 0));
    }
}

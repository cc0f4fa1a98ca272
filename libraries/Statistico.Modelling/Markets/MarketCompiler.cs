using Statistico.Modelling.Goals;

namespace Statistico.Modelling.Markets;

/// <summary>Every goal market of a fixture from one score matrix, so all prices agree with each other.</summary>
public static class MarketCompiler
{
    /// <summary>Fair prices of every standard market and line.</summary>
    public static IReadOnlyList<MarketPrice> CompileAll(ScoreMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var markets = new List<MarketPrice>
        {
            MatchOddsMarket.Price(matrix),
            DoubleChanceMarket.Price(matrix),
            DrawNoBetMarket.Price(matrix),
            BothTeamsToScoreMarket.Price(matrix),
            CorrectScoreMarket.Price(matrix),
        };
        markets.AddRange(OverUnderMarket.StandardLines.Select(line => OverUnderMarket.Price(matrix, line)));
        markets.AddRange(AsianHandicapMarket.StandardLines.Select(line => AsianHandicapMarket.Price(matrix, line)));
        foreach (var line in TeamTotalGoalsMarket.StandardLines)
        {
            markets.Add(TeamTotalGoalsMarket.Price(matrix, home: true, line));
            markets.Add(TeamTotalGoalsMarket.Price(matrix, home: false, line));
        }

        return markets;
    }
}

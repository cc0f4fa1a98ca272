using System.Globalization;

namespace Statistico.Trader.Markets;

/// <summary>
/// The markets a strategy may trade, their selections (design section 4), and how each selection ends from a full-time
/// score: the rules paper trades settle by. Markets that need a line or statistics the score does not carry
/// (ASIAN_HANDICAP, TEAM_TOTAL_GOALS, corners, cards) are not tradable yet.
/// </summary>
public static class MarketRules
{
    private const int CorrectScoreMax = 3;

    private static readonly string[] OverUnderLines = ["05", "15", "25", "35", "45", "55", "65"];

    /// <summary>Every tradable market type with its selections.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Selections { get; } = Build();

    /// <summary>Whether <paramref name="selection"/> is a selection of <paramref name="marketType"/>.</summary>
    public static bool IsKnown(string marketType, string selection) =>
        Selections.TryGetValue(marketType, out var selections) && selections.Contains(selection);

    /// <summary>How <paramref name="selection"/> of <paramref name="marketType"/> ended at <paramref name="home"/>–<paramref name="away"/>.</summary>
    /// <exception cref="ArgumentException">The market or selection is not tradable.</exception>
    public static SelectionResult Settle(string marketType, string selection, int home, int away)
    {
        if (!IsKnown(marketType, selection))
        {
            throw new ArgumentException($"{marketType}/{selection} is not a tradable market and selection.", nameof(selection));
        }

        if (marketType.StartsWith("OVER_UNDER_", StringComparison.Ordinal))
        {
            var line = int.Parse(marketType["OVER_UNDER_".Length..], CultureInfo.InvariantCulture) / 10.0;
            return Result((home + away > line) == (selection == "OVER"));
        }

        return marketType switch
        {
            "MATCH_ODDS" => Result(selection == Outcome(home, away)),
            "DOUBLE_CHANCE" => Result(selection.Split('_').Contains(Outcome(home, away))),
            "DRAW_NO_BET" => home == away ? SelectionResult.Void : Result(selection == Outcome(home, away)),
            "BOTH_TEAMS_TO_SCORE" => Result((home > 0 && away > 0) == (selection == "YES")),
            _ => Result(selection == CorrectScore(home, away)),
        };
    }

    private static string Outcome(int home, int away) => home > away ? "HOME" : home < away ? "AWAY" : "DRAW";

    private static string CorrectScore(int home, int away) =>
        home <= CorrectScoreMax && away <= CorrectScoreMax
            ? string.Create(CultureInfo.InvariantCulture, $"{home}-{away}")
            : "ANY_OTHER_" + Outcome(home, away);

    private static SelectionResult Result(bool won) => won ? SelectionResult.Won : SelectionResult.Lost;

    private static Dictionary<string, IReadOnlyList<string>> Build()
    {
        var markets = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["MATCH_ODDS"] = ["HOME", "DRAW", "AWAY"],
            ["DOUBLE_CHANCE"] = ["HOME_DRAW", "HOME_AWAY", "DRAW_AWAY"],
            ["DRAW_NO_BET"] = ["HOME", "AWAY"],
            ["BOTH_TEAMS_TO_SCORE"] = ["YES", "NO"],
        };
        foreach (var line in OverUnderLines)
        {
            markets["OVER_UNDER_" + line] = ["OVER", "UNDER"];
        }

        var scores = from h in Enumerable.Range(0, CorrectScoreMax + 1)
                     from a in Enumerable.Range(0, CorrectScoreMax + 1)
                     select string.Create(CultureInfo.InvariantCulture, $"{h}-{a}");
        markets["CORRECT_SCORE"] = [.. scores, "ANY_OTHER_HOME", "ANY_OTHER_AWAY", "ANY_OTHER_DRAW"];
        return markets;
    }
}

using Statistico.Contracts.Odds;

namespace Statistico.OddsCompiler.MarketInformed;

/// <summary>
/// An observed market's margin-free probabilities (ADR 1102): per runner the mid of the best back and best lay in
/// probability space (1/back and 1/lay), or the one side there is, then normalised to sum to one. The mid is where
/// the exchange's money meets: best back alone carries half the spread as margin, and on a longshot, whose ticks are
/// wide, that half is a large share of its probability (the favourite–longshot bias normalising cannot undo).
/// </summary>
public static class ExchangeProbabilities
{
    public const string MatchOdds = "MATCH_ODDS";
    public const string OverUnder25 = "OVER_UNDER_25";

    private static readonly string[] MatchOddsSelections = ["HOME", "DRAW", "AWAY"];
    private static readonly string[] OverUnderSelections = ["OVER", "UNDER"];

    /// <summary>The selections of a pooled market in the order the probabilities are stored, or null for any other market.</summary>
    public static IReadOnlyList<string>? SelectionsOf(string marketType) => marketType switch
    {
        MatchOdds => MatchOddsSelections,
        OverUnder25 => OverUnderSelections,
        _ => null,
    };

    /// <summary>The probabilities in <see cref="SelectionsOf"/> order, or null when a selection has no usable price.</summary>
    public static double[]? Of(ObservedMarket market)
    {
        ArgumentNullException.ThrowIfNull(market);
        if (SelectionsOf(market.MarketType) is not { } selections)
        {
            return null;
        }

        var probabilities = new double[selections.Count];
        for (var i = 0; i < selections.Count; i++)
        {
            var runner = market.Runners.FirstOrDefault(r => string.Equals(r.Selection, selections[i], StringComparison.Ordinal));
            if (runner is null || Mid(runner) is not { } mid)
            {
                return null;
            }

            probabilities[i] = mid;
        }

        var total = probabilities.Sum();
        for (var i = 0; i < probabilities.Length; i++)
        {
            probabilities[i] /= total;
        }

        return probabilities;
    }

    private static double? Mid(ObservedRunner runner)
    {
        var back = Implied(runner.Back);
        var lay = Implied(runner.Lay);
        return (back, lay) switch
        {
            ({ } b, { } l) => (b + l) / 2,
            ({ } b, null) => b,
            (null, { } l) => l,
            _ => null,
        };
    }

    // A price of 1 or less is no price (an empty ladder level); 1/price is the probability the offer implies.
    private static double? Implied(IReadOnlyList<PriceSize> offers) =>
        offers.Count > 0 && offers[0].Price > 1 ? 1 / (double)offers[0].Price : null;
}

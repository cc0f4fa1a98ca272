using Statistico.Betfair.Api;

namespace Statistico.Simulator.Tests.Balance;

/// <summary>
/// The account's money worked out by the test from the exchange's order reports alone, written apart from the
/// Simulator's code so that a change there cannot move both sides of an assertion. The rules are the documented
/// ones (ADR 0104, Betfair's commission on net market winnings): winnings to the penny by banker's rounding, commission
/// once per market on a positive net only, and exposure as the worst matched outcome of each market plus every
/// unmatched remainder's full liability.
/// </summary>
internal static class ExpectedMoney
{
    public const decimal CommissionRate = 0.05m;

    public static decimal Pennies(decimal amount) => Math.Round(amount, 2, MidpointRounding.ToEven);

    /// <summary>What a matched bet pays (positive) or costs (negative) when its selection wins or loses.</summary>
    public static decimal Profit(Side side, decimal sizeMatched, decimal averagePrice, bool selectionWins)
    {
        var winnings = Pennies(sizeMatched * (averagePrice - 1));
        return side == Side.Back
            ? selectionWins ? winnings : -sizeMatched
            : selectionWins ? -winnings : sizeMatched;
    }

    public static decimal Commission(decimal marketNet) => marketNet > 0 ? Pennies(marketNet * CommissionRate) : 0m;

    /// <summary>What an unmatched remainder can still lose if it matches at its own price.</summary>
    public static decimal Liability(Side side, decimal size, decimal price) => side == Side.Back ? size : size * (price - 1);

    /// <summary>The most the open orders of one market can lose, over every possible winner.</summary>
    public static decimal MarketExposure(IReadOnlyList<CurrentOrderSummary> orders, IReadOnlyList<long> runners)
    {
        var outcomes = runners.Select(winner => orders.Where(o => o.SizeMatched > 0)
            .Sum(o => Profit(o.Side, o.SizeMatched, o.AveragePriceMatched ?? 0, o.SelectionId == winner)));
        var worst = runners.Count == 0 ? 0 : outcomes.Min();
        return Math.Max(0, -worst) + orders.Sum(o => Liability(o.Side, o.SizeRemaining, o.PriceSize.Price));
    }

    public static decimal Exposure(IEnumerable<CurrentOrderSummary> orders, Func<string, IReadOnlyList<long>> runnersOf) =>
        orders.GroupBy(o => o.MarketId).Sum(market => MarketExposure([.. market], runnersOf(market.Key)));
}

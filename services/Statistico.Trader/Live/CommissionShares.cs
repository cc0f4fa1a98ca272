namespace Statistico.Trader.Live;

/// <summary>
/// Splits a market's commission over its settled bets. The exchange charges commission on the market's net winnings
/// and reports it only per market (listClearedOrders grouped by MARKET), so each winning bet carries a share in
/// proportion to its profit, rounded to the penny with the remainder on the largest winner: the shares always add up
/// to the market's commission, so the trades' net profits add up to what the account was paid. Losing bets carry none.
/// ADR 0613.
/// </summary>
public static class CommissionShares
{
    public static IReadOnlyDictionary<string, decimal> Of(decimal commission, IReadOnlyList<(string BetId, decimal Profit)> bets)
    {
        ArgumentNullException.ThrowIfNull(bets);
        var shares = bets.ToDictionary(b => b.BetId, _ => 0m);
        var winners = bets.Where(b => b.Profit > 0).OrderByDescending(b => b.Profit).ThenBy(b => b.BetId, StringComparer.Ordinal).ToList();
        var winnings = winners.Sum(b => b.Profit);
        if (commission == 0 || winnings == 0)
        {
            return shares;
        }

        foreach (var (betId, profit) in winners.Skip(1))
        {
            shares[betId] = Math.Round(commission * profit / winnings, 2, MidpointRounding.ToEven);
        }

        shares[winners[0].BetId] = commission - winners.Skip(1).Sum(b => shares[b.BetId]);
        return shares;
    }
}

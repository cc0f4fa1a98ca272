using Statistico.Betfair;
using Statistico.Betfair.Api;

namespace Statistico.Simulator.Tests.Balance;

/// <summary>
/// Reads the account, the current orders and the cleared orders after a step, and checks that money is neither created
/// nor lost: available + exposure − settled profit + commission = the starting balance, where exposure, profit and
/// commission are worked out by <see cref="ExpectedMoney"/> from the orders' own reports (and the closed markets'
/// winners), not read from the account. It also checks that every accepted order is still reported, once, with what
/// it asked for, and that nothing matched ever becomes unmatched.
/// </summary>
internal sealed class AccountAudit(decimal startingBalance)
{
    private readonly Dictionary<string, OrderFacts> accepted = [];
    private readonly Dictionary<string, decimal> matched = [];
    private readonly Dictionary<string, IReadOnlyList<long>> runners = [];
    private readonly Dictionary<string, IReadOnlySet<long>> winners = [];
    private int voided;

    public override string ToString() => $"{winners.Count} markets settled, {voided} bets voided";

    public void Accepted(string betId, OrderFacts facts) => accepted.Add(betId, facts);

    public void MarketRunners(string marketId, IReadOnlyList<long> selectionIds) => runners[marketId] = selectionIds;

    public async Task<AccountView> CheckAsync(IBetfairClient client, string step, CancellationToken cancellationToken)
    {
        var funds = await client.GetAccountFundsAsync(cancellationToken);
        var current = await client.ListCurrentOrdersAsync(new ListCurrentOrdersRequest(), cancellationToken);
        var settled = await ClearedAsync(client, BetStatus.Settled, cancellationToken);
        var voidedBets = await ClearedAsync(client, BetStatus.Voided, cancellationToken);
        IReadOnlyList<ClearedOrderSummary> others =
            [.. voidedBets, .. await ClearedAsync(client, BetStatus.Lapsed, cancellationToken), .. await ClearedAsync(client, BetStatus.Cancelled, cancellationToken)];
        voided = voidedBets.Count;

        Assert.False(current.MoreAvailable, "more current orders than one page");
        CheckEveryOrderReported(step, current.CurrentOrders, [.. settled, .. others]);
        var profit = await CheckSettledAsync(client, step, settled, cancellationToken);
        var commission = await CheckCommissionAsync(client, step, settled, cancellationToken);
        // Voided, lapsed and cancelled bets hold nothing matched: they neither win nor lose.
        Assert.All(others, o => Assert.True(o is { SizeSettled: 0, Profit: 0 }, $"{step}: bet {o.BetId} cleared with {o.SizeSettled} matched, profit {o.Profit}"));
        Assert.Equal(commission, funds.RetainedCommission);

        var exposure = ExpectedMoney.Exposure(current.CurrentOrders, id => runners[id]);
        Assert.True(-funds.Exposure == exposure, $"{step}: exposure reported {-funds.Exposure}, worked out {exposure}");
        // The invariant itself: money moves between available and exposure, and only settlement adds or removes any.
        var total = funds.AvailableToBetBalance + exposure - profit + commission;
        Assert.True(total == startingBalance,
            $"{step}: available {funds.AvailableToBetBalance} + exposure {exposure} - settled profit {profit} + commission {commission} = {total}, not {startingBalance}");
        return new AccountView(startingBalance + profit - commission, exposure, current.CurrentOrders);
    }

    private static async Task<IReadOnlyList<ClearedOrderSummary>> ClearedAsync(IBetfairClient client, BetStatus status, CancellationToken cancellationToken)
    {
        var report = await client.ListClearedOrdersAsync(new ListClearedOrdersRequest(status), cancellationToken);
        Assert.False(report.MoreAvailable, $"more {status} orders than one page");
        return report.ClearedOrders;
    }

    private void CheckEveryOrderReported(string step, IReadOnlyList<CurrentOrderSummary> current, IReadOnlyList<ClearedOrderSummary> cleared)
    {
        var seen = current.Select(o => o.BetId).Concat(cleared.Select(o => o.BetId!)).ToHashSet();
        Assert.True(seen.SetEquals(accepted.Keys),
            $"{step}: orders reported but never accepted [{string.Join(",", seen.Except(accepted.Keys))}], accepted but not reported [{string.Join(",", accepted.Keys.Except(seen))}]");
        Assert.Empty(current.Select(o => o.BetId).Intersect(cleared.Select(o => o.BetId!)));
        foreach (var order in current)
        {
            Assert.Equal(accepted[order.BetId], new OrderFacts(order.MarketId, order.SelectionId, order.Side, order.PriceSize.Price, order.PriceSize.Size));
            Assert.Equal(order.PriceSize.Size, order.SizeMatched + order.SizeRemaining + order.SizeCancelled + order.SizeLapsed + order.SizeVoided);
            NeverLessMatched(step, order.BetId, order.SizeMatched);
        }

        foreach (var order in cleared.Where(o => o.SizeSettled is > 0))
        {
            NeverLessMatched(step, order.BetId!, order.SizeSettled!.Value);
        }
    }

    private void NeverLessMatched(string step, string betId, decimal sizeMatched)
    {
        var before = matched.GetValueOrDefault(betId);
        Assert.True(sizeMatched >= before, $"{step}: bet {betId} had {before} matched, now {sizeMatched}");
        matched[betId] = sizeMatched;
    }

    private async Task<decimal> CheckSettledAsync(IBetfairClient client, string step, IReadOnlyList<ClearedOrderSummary> settled, CancellationToken cancellationToken)
    {
        var total = 0m;
        foreach (var order in settled)
        {
            var won = (await WinnersAsync(client, order.MarketId!, cancellationToken)).Contains(order.SelectionId!.Value);
            var expected = ExpectedMoney.Profit(order.Side!.Value, order.SizeSettled!.Value, order.PriceMatched!.Value, won);
            Assert.True(order.Profit == expected,
                $"{step}: bet {order.BetId} ({order.Side} {order.SizeSettled} at {order.PriceMatched}, selection {(won ? "won" : "lost")}) settled at {order.Profit}, worked out {expected}");
            total += expected;
        }

        return total;
    }

    private static async Task<decimal> CheckCommissionAsync(IBetfairClient client, string step, IReadOnlyList<ClearedOrderSummary> settled, CancellationToken cancellationToken)
    {
        var byMarket = (await client.ListClearedOrdersAsync(new ListClearedOrdersRequest(BetStatus.Settled) { GroupBy = GroupBy.Market }, cancellationToken))
            .ClearedOrders.ToDictionary(m => m.MarketId!);
        var total = 0m;
        foreach (var market in settled.GroupBy(o => o.MarketId!))
        {
            var commission = ExpectedMoney.Commission(market.Sum(o => o.Profit!.Value));
            Assert.True(byMarket[market.Key].Commission == commission, $"{step}: market {market.Key} charged {byMarket[market.Key].Commission}, worked out {commission}");
            total += commission;
        }

        return total;
    }

    /// <summary>A closed market's winners, as its book reports them (they never change once closed).</summary>
    private async Task<IReadOnlySet<long>> WinnersAsync(IBetfairClient client, string marketId, CancellationToken cancellationToken)
    {
        if (!winners.TryGetValue(marketId, out var found))
        {
            var book = Assert.Single(await client.ListMarketBookAsync(new ListMarketBookRequest([marketId]), cancellationToken));
            Assert.Equal(MarketStatus.Closed, book.Status);
            found = book.Runners.Where(r => r.Status == RunnerStatus.Winner).Select(r => r.SelectionId).ToHashSet();
            Assert.Single(found);
            winners[marketId] = found;
        }

        return found;
    }
}

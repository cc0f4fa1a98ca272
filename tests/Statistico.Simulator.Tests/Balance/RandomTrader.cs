using System.Globalization;
using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.Modelling.Pricing;

namespace Statistico.Simulator.Tests.Balance;

/// <summary>
/// One random step at a time against the exchange: place backs and lays at, through or away from the best prices
/// (some match at once, some rest and match with the crowd's flow), cancel resting orders wholly or in part, let time
/// pass, run a market to kick-off (lapses) or to full time (settlement), or restart the Simulator. Every draw comes from
/// one seeded <see cref="Random"/>, and the Simulator's clock moves only when a step moves it, so a seed replays a run.
/// Whether the exchange should accept an order is decided here from the audit's own figures, before asking it.
/// </summary>
internal sealed class RandomTrader(Random random, RestartableExchange exchange, AccountAudit audit)
{
    private readonly Dictionary<string, DateTimeOffset> kickOffs = [];

    public StepCounts Counts { get; } = new();

    private IBetfairClient Client => exchange.Client;

    public async Task<string> StepAsync(int step, AccountView account, CancellationToken cancellationToken)
    {
        var roll = random.Next(100);
        return roll switch
        {
            _ when step % 20 == 0 => await RestartAsync(), // a restart in every run, whatever the draws
            < 45 => await PlaceAsync(step, account, cancellationToken),
            < 60 => await CancelAsync(account, cancellationToken),
            < 75 => await FlowAsync(TimeSpan.FromMinutes(random.Next(1, 121)), cancellationToken),
            < 83 => await ToKickOffAsync(account, TimeSpan.FromMinutes(1), "kick-off", cancellationToken),
            < 94 => await ToKickOffAsync(account, TimeSpan.FromHours(2), "full time", cancellationToken),
            _ => await RestartAsync(),
        };
    }

    private async Task<string> PlaceAsync(int step, AccountView account, CancellationToken cancellationToken)
    {
        var markets = await Client.ListMarketCatalogueAsync(new ListMarketCatalogueRequest(
            new MarketFilter(), [MarketProjection.RunnerDescription, MarketProjection.MarketStartTime], MarketSort.FirstToStart, 12), cancellationToken);
        if (markets.Count == 0)
        {
            return "place: no market listed";
        }

        var market = markets[random.Next(markets.Count)];
        audit.MarketRunners(market.MarketId, [.. market.Runners!.Select(r => r.SelectionId)]);
        kickOffs[market.MarketId] = market.MarketStartTime!.Value;
        var book = Assert.Single(await Client.ListMarketBookAsync(new ListMarketBookRequest([market.MarketId], new PriceProjection([PriceData.ExBestOffers])), cancellationToken));
        var instructions = Enumerable.Range(0, random.Next(1, 3)).Select(i => Instruction(book, $"o{step}-{i}")).ToList();
        var liability = instructions.Sum(i => ExpectedMoney.Liability(i.Side, i.LimitOrder!.Size, i.LimitOrder.Price));
        var expectedRefusal = book.Status switch
        {
            MarketStatus.Open => account.Exposure + liability <= account.Balance ? null : ExecutionErrorCodes.InsufficientFunds,
            MarketStatus.Suspended => ExecutionErrorCodes.MarketSuspended,
            _ => ExecutionErrorCodes.MarketNotOpenForBetting,
        };
        var described = string.Join(", ", instructions.Select(i => $"{i.Side} {i.LimitOrder!.Size}@{i.LimitOrder.Price}"));
        switch (await Client.PlaceOrdersAsync(new PlaceOrdersRequest(market.MarketId, instructions, $"bal-{step}"), cancellationToken))
        {
            case OrdersPlaced placed:
                Assert.True(expectedRefusal is null, $"{described} on {market.MarketId} accepted, expected {expectedRefusal} (balance {account.Balance}, exposure {account.Exposure})");
                foreach (var order in placed.Orders)
                {
                    var limit = instructions.Single(i => i.CustomerOrderRef == order.CustomerOrderRef);
                    audit.Accepted(order.BetId, new OrderFacts(market.MarketId, limit.SelectionId, limit.Side, limit.LimitOrder!.Price, limit.LimitOrder.Size));
                }

                Counts.Placed += placed.Orders.Count;
                return $"place {described} on {market.MarketId}: matched {string.Join("/", placed.Orders.Select(o => o.SizeMatched))}";
            case OrdersRejected rejected:
                Assert.True(expectedRefusal == rejected.ErrorCode,
                    $"{described} on {market.MarketId} refused with {rejected.ErrorCode}, expected {expectedRefusal ?? "acceptance"} (balance {account.Balance}, exposure {account.Exposure})");
                Counts.Refused++;
                return $"place {described} on {market.MarketId}: {rejected.ErrorCode}";
            case var other:
                throw new InvalidOperationException($"placeOrders outcome {other} in a run without faults");
        }
    }

    private PlaceInstruction Instruction(MarketBook book, string reference)
    {
        var runner = book.Runners[random.Next(book.Runners.Count)];
        var side = random.Next(2) == 0 ? Side.Back : Side.Lay;
        // Zero or one tick through the best price matches now; one to three ticks away rests in the queue.
        var ticksAway = random.Next(-1, 4);
        var price = side == Side.Back
            ? Tick(Best(runner.Exchange?.AvailableToBack), ticksAway)
            : Tick(Best(runner.Exchange?.AvailableToLay), -ticksAway);
        var size = random.Next(100, 3001) / 100m;
        var persistence = random.Next(2) == 0 ? PersistenceType.Lapse : PersistenceType.Persist;
        return new PlaceInstruction(OrderType.Limit, runner.SelectionId, side, new LimitOrder(size, price, persistence)) { CustomerOrderRef = reference };
    }

    private async Task<string> CancelAsync(AccountView account, CancellationToken cancellationToken)
    {
        var resting = account.Current.Where(o => o.Status == OrderStatus.Executable).ToList();
        if (resting.Count == 0)
        {
            return "cancel: nothing resting";
        }

        var order = resting[random.Next(resting.Count)];
        decimal? reduction = random.Next(2) == 0 ? null : Math.Max(0.01m, Math.Round(order.SizeRemaining * (decimal)random.NextDouble(), 2));
        var report = await Client.CancelOrdersAsync(new CancelOrdersRequest(order.MarketId, [new CancelInstruction(order.BetId, reduction)]), cancellationToken);
        var instruction = Assert.Single(report.InstructionReports);
        Counts.Cancelled += instruction.Status == InstructionReportStatus.Success ? 1 : 0;
        return $"cancel {reduction?.ToString(CultureInfo.InvariantCulture) ?? "all"} of bet {order.BetId} ({order.SizeRemaining} left): {instruction.SizeCancelled} {instruction.ErrorCode}";
    }

    /// <summary>Moves the clock to the next kick-off among the markets with open orders, plus <paramref name="after"/>.</summary>
    private async Task<string> ToKickOffAsync(AccountView account, TimeSpan after, string what, CancellationToken cancellationToken)
    {
        var now = (await SimulatorHost.StatusAsync(exchange.Control, cancellationToken)).SimulatedTime;
        var next = account.Current.Select(o => kickOffs[o.MarketId] + after).Where(t => t > now).Order().ToList();
        if (next.Count == 0)
        {
            return $"{what}: no open order";
        }

        if (after > TimeSpan.FromHours(1))
        {
            Counts.FullTimes++;
        }

        await SimulatorHost.AdvanceToAsync(exchange.Control, next[0], cancellationToken);
        return $"{what}: clock to {next[0]:u}";
    }

    /// <summary>Lets time pass: the crowd's flow reaches resting orders and the liquidity taken is renewed.</summary>
    private async Task<string> FlowAsync(TimeSpan by, CancellationToken cancellationToken)
    {
        var now = (await SimulatorHost.StatusAsync(exchange.Control, cancellationToken)).SimulatedTime;
        await SimulatorHost.AdvanceToAsync(exchange.Control, now + by, cancellationToken);
        return $"flow: clock {by.TotalMinutes} min to {now + by:u}";
    }

    private async Task<string> RestartAsync()
    {
        await exchange.RestartAsync();
        return "restart";
    }

    /// <summary>The best price on one side, or evens when a suspended market shows none (the order will be refused).</summary>
    private static decimal Best(IReadOnlyList<PriceSize>? side) => side is { Count: > 0 } ? side[0].Price : 2m;

    private static decimal Tick(decimal from, int ticks)
    {
        var ladder = BetfairTickLadder.Ticks;
        var index = Math.Clamp(ladder.ToList().FindIndex(t => (decimal)t >= from) + ticks, 0, ladder.Count - 1);
        return (decimal)ladder[index];
    }
}

using MassTransit;
using Microsoft.Extensions.Options;
using Statistico.Betfair;
using Statistico.Contracts.FootballData;
using Statistico.Contracts.Trading;
using Statistico.Trader.Live;
using Statistico.Trader.Markets;
using Statistico.Trader.Strategies;

namespace Statistico.Trader.Trading;

/// <summary>
/// A trade's life (design section 5): signalled → placed → partially matched → matched → settled, with the exits
/// rejected, cancelled, lapsed and voided. Every event is idempotent: sizes are cumulative, and an end state ignores
/// whatever arrives after it (a duplicate, or a match after settlement). State and outgoing messages commit together
/// (Statistico.Messaging's outbox), so an order leaves only once its intent is stored.
/// </summary>
public sealed class TradeStateMachine : MassTransitStateMachine<TradeState>
{
    public TradeStateMachine(IOptions<TraderOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        InstanceState(x => x.CurrentState);
        Event(() => TradeSignalled, e => e.CorrelateById(m => m.Message.TradeId));
        Event(() => OrderPlaced, e => e.CorrelateById(m => m.Message.TradeId));
        Event(() => OrderMatched, e => e.CorrelateById(m => m.Message.TradeId));
        Event(() => OrderRejected, e => e.CorrelateById(m => m.Message.TradeId));
        Event(() => OrderCancelled, e => e.CorrelateById(m => m.Message.TradeId));
        Event(() => OrderLapsed, e => e.CorrelateById(m => m.Message.TradeId));
        // LIVE settlement: the exchange's cleared orders (profit, commission) settle a live trade; a result never does.
        Event(() => OrderSettled, e => e.CorrelateById(m => m.Message.TradeId));
        Event(() => OrderVoided, e => e.CorrelateById(m => m.Message.TradeId));
        // A fixture's events reach every trade on it; a fixture nobody traded is nothing to do.
        Event(() => FixtureResulted, e =>
        {
            e.CorrelateBy((saga, context) => saga.FixtureId == context.Message.FixtureId);
            e.OnMissingInstance(m => m.Discard());
        });
        Event(() => FixtureUpdated, e =>
        {
            e.CorrelateBy((saga, context) => saga.FixtureId == context.Message.FixtureId);
            e.OnMissingInstance(m => m.Discard());
        });
        Schedule(() => UnmatchedTimeout, x => x.UnmatchedTimeoutTokenId, schedule =>
        {
            schedule.Delay = options.Value.UnmatchedTimeout;
            schedule.Received = e => e.CorrelateById(m => m.Message.TradeId);
        });
        ConnectStateObserver(new TimelineRecorder(clock));

        Initially(
            When(TradeSignalled)
                .Then(context => Start(context.Saga, context.Message))
                .Send(
                    context => OrderEndpoints.For(context.Saga.Mode),
                    context => Order(context.Saga))
                .TransitionTo(Signalled));

        During(Signalled,
            Ignore(TradeSignalled),
            When(OrderPlaced)
                .Then(context => Record(context.Saga, context.Message.BetId, context.Message.SizeMatched, context.Message.AveragePriceMatched))
                .IfElse(IsFullyMatched, matched => matched.TransitionTo(Matched), open => AwaitMatch(open)),
            // A match can overtake the placement's report: it says everything the report would.
            When(OrderMatched)
                .Then(context => Record(context.Saga, context.Message.BetId, context.Message.SizeMatched, context.Message.AveragePriceMatched))
                .IfElse(IsFullyMatched, matched => matched.TransitionTo(Matched), open => AwaitMatch(open)),
            When(OrderRejected)
                .Then(context => context.Saga.EndReason = context.Message.ErrorCode)
                .TransitionTo(Rejected)
                .Publish(context => (Closed(context.Saga, clock))),
            When(FixtureUpdated, IsVoiding)
                .Then(context => context.Saga.EndReason = $"fixture {context.Message.Status}".ToUpperInvariant())
                .TransitionTo(Voided)
                .Publish(context => (Closed(context.Saga, clock))),
            SettleLive(When(OrderSettled), clock),
            VoidLive(When(OrderVoided), clock),
            Ignore(FixtureResulted));

        During(Placed, PartiallyMatched,
            Ignore(TradeSignalled),
            Ignore(OrderPlaced),
            Ignore(OrderRejected),
            When(OrderMatched, context => context.Message.SizeMatched > context.Saga.SizeMatched)
                .Then(context => Record(context.Saga, context.Message.BetId, context.Message.SizeMatched, context.Message.AveragePriceMatched))
                .IfElse(IsFullyMatched,
                    matched => matched.Unschedule(UnmatchedTimeout).TransitionTo(Matched),
                    open => open.TransitionTo(PartiallyMatched)),
            When(UnmatchedTimeout!.Received)
                .Then(context => context.Saga.CancelRequested = true)
                .Send(
                    context => OrderEndpoints.For(context.Saga.Mode),
                    context => new CancelOrder(context.Saga.CorrelationId, context.Saga.ExchangeMarketId ?? "", context.Saga.BetId ?? "", "timeout")),
            When(OrderCancelled)
                .Unschedule(UnmatchedTimeout)
                .IfElse(context => context.Saga.SizeMatched > 0,
                    keep => keep.TransitionTo(Matched),
                    end => end.Then(context => context.Saga.EndReason = "unmatched, cancelled")
                        .TransitionTo(Cancelled)
                        .Publish(context => (Closed(context.Saga, clock)))),
            When(OrderLapsed)
                .Unschedule(UnmatchedTimeout)
                .IfElse(context => context.Saga.SizeMatched > 0,
                    keep => keep.TransitionTo(Matched),
                    end => end.Then(context => context.Saga.EndReason = "unmatched, lapsed")
                        .TransitionTo(Lapsed)
                        .Publish(context => (Closed(context.Saga, clock)))),
            SettleLive(When(OrderSettled).Unschedule(UnmatchedTimeout), clock),
            VoidLive(When(OrderVoided).Unschedule(UnmatchedTimeout), clock),
            When(FixtureResulted, context => context.Saga.Mode == StrategyMode.Paper && context.Saga.SizeMatched == 0)
                .Unschedule(UnmatchedTimeout)
                .Then(context => context.Saga.EndReason = "unmatched at full time")
                .TransitionTo(Lapsed)
                .Publish(context => (Closed(context.Saga, clock))),
            When(FixtureResulted, context => context.Saga.Mode == StrategyMode.Paper && context.Saga.SizeMatched > 0)
                .Unschedule(UnmatchedTimeout)
                .Then(context => Settle(context.Saga, context.Message, clock))
                .TransitionTo(Settled)
                .Publish(context => (SettledMessage(context.Saga)))
                .Publish(context => (Closed(context.Saga, clock))),
            When(FixtureUpdated, IsVoiding)
                .Unschedule(UnmatchedTimeout)
                .Then(context => context.Saga.EndReason = $"fixture {context.Message.Status}".ToUpperInvariant())
                .TransitionTo(Voided)
                .Publish(context => (Closed(context.Saga, clock))));

        During(Matched,
            Ignore(TradeSignalled),
            Ignore(OrderPlaced),
            Ignore(OrderMatched),
            Ignore(OrderRejected),
            Ignore(OrderCancelled),
            Ignore(OrderLapsed),
            Ignore(UnmatchedTimeout.Received),
            SettleLive(When(OrderSettled), clock),
            VoidLive(When(OrderVoided), clock),
            When(FixtureResulted, context => context.Saga.Mode == StrategyMode.Paper)
                .Then(context => Settle(context.Saga, context.Message, clock))
                .TransitionTo(Settled)
                .Publish(context => (SettledMessage(context.Saga)))
                .Publish(context => (Closed(context.Saga, clock))),
            When(FixtureUpdated, IsVoiding)
                .Then(context => context.Saga.EndReason = $"fixture {context.Message.Status}".ToUpperInvariant())
                .TransitionTo(Voided)
                .Publish(context => (Closed(context.Saga, clock))));

        // Nothing moves a trade once it has ended: duplicates and late events are dropped here.
        foreach (var end in new[] { Settled, Rejected, Cancelled, Lapsed, Voided })
        {
            During(end, IgnoreEverything());
        }

        // Events a state has no use for (a result for a live trade, which the exchange settles; a kick-off change).
        OnUnhandledEvent(context => context.Ignore());
    }

    public State? Signalled { get; private set; }

    public State? Placed { get; private set; }

    public State? PartiallyMatched { get; private set; }

    public State? Matched { get; private set; }

    public State? Settled { get; private set; }

    public State? Rejected { get; private set; }

    public State? Cancelled { get; private set; }

    public State? Lapsed { get; private set; }

    public State? Voided { get; private set; }

    public Event<TradeSignalled>? TradeSignalled { get; private set; }

    public Event<OrderPlaced>? OrderPlaced { get; private set; }

    public Event<OrderMatched>? OrderMatched { get; private set; }

    public Event<OrderRejected>? OrderRejected { get; private set; }

    public Event<OrderCancelled>? OrderCancelled { get; private set; }

    public Event<OrderLapsed>? OrderLapsed { get; private set; }

    public Event<OrderSettled>? OrderSettled { get; private set; }

    public Event<OrderVoided>? OrderVoided { get; private set; }

    public Event<FixtureResulted>? FixtureResulted { get; private set; }

    public Event<FixtureUpdated>? FixtureUpdated { get; private set; }

    public Schedule<TradeState, UnmatchedTimeoutExpired>? UnmatchedTimeout { get; private set; }

    /// <summary>Every event, ignored: what an end state does with whatever arrives after it.</summary>
    private EventActivities<TradeState>[] IgnoreEverything() =>
    [
        Ignore(TradeSignalled),
        Ignore(OrderPlaced),
        Ignore(OrderMatched),
        Ignore(OrderRejected),
        Ignore(OrderCancelled),
        Ignore(OrderLapsed),
        Ignore(OrderSettled),
        Ignore(OrderVoided),
        Ignore(UnmatchedTimeout!.Received),
        Ignore(FixtureResulted),
        Ignore(FixtureUpdated),
    ];

    private EventActivityBinder<TradeState, T> AwaitMatch<T>(EventActivityBinder<TradeState, T> binder)
        where T : class =>
        binder
            .Schedule(UnmatchedTimeout, context => new UnmatchedTimeoutExpired(context.Saga.CorrelationId))
            .IfElse(context => context.Saga.SizeMatched > 0,
                partly => partly.TransitionTo(PartiallyMatched),
                none => none.TransitionTo(Placed));

    /// <summary>Settles a LIVE trade as the exchange did: its settled size, profit and commission share (ADR 0613).</summary>
    private EventActivityBinder<TradeState, OrderSettled> SettleLive(EventActivityBinder<TradeState, OrderSettled> binder, TimeProvider clock) =>
        binder
            .Then(context => SettleFromExchange(context.Saga, context.Message, clock))
            .TransitionTo(Settled)
            .Publish(context => (SettledMessage(context.Saga)))
            .Publish(context => (Closed(context.Saga, clock)));

    private EventActivityBinder<TradeState, OrderVoided> VoidLive(EventActivityBinder<TradeState, OrderVoided> binder, TimeProvider clock) =>
        binder
            .Then(context => context.Saga.EndReason = "voided by the exchange")
            .TransitionTo(Voided)
            .Publish(context => (Closed(context.Saga, clock)));

    private static bool IsFullyMatched<T>(BehaviorContext<TradeState, T> context)
        where T : class => context.Saga.SizeMatched >= context.Saga.Stake;

    // Only a PAPER trade is voided by the fixture: a LIVE order lives at the exchange, which voids, lapses or settles it
    // (OrderVoided, OrderLapsed, OrderSettled); voiding it here would drop the exchange's later settlement.
    private static bool IsVoiding(BehaviorContext<TradeState, FixtureUpdated> context) =>
        context.Saga.Mode == StrategyMode.Paper && context.Message.Status is FixtureStatus.Postponed or FixtureStatus.Abandoned;

    private static void Start(TradeState trade, TradeSignalled signal)
    {
        trade.StrategyId = signal.StrategyId;
        trade.StrategyVersion = signal.StrategyVersion ?? 0;
        trade.Mode = signal.Paper ? StrategyMode.Paper : StrategyMode.Live;
        trade.FixtureId = signal.FixtureId;
        trade.MarketType = signal.MarketType;
        trade.Selection = signal.Selection;
        trade.Side = signal.Side;
        trade.Price = signal.Price;
        trade.Stake = signal.Stake;
        trade.ModelProbability = signal.ModelProbability;
        trade.Source = signal.Source ?? "";
        trade.ExchangeMarketId = signal.ExchangeMarketId;
        trade.RunnerId = signal.RunnerId;
        trade.CommissionRate = signal.CommissionRate ?? 0;
        trade.SignalledAt = signal.SignalledAt;
        trade.CustomerOrderRef = TradeReferences.CustomerOrderRef(signal.TradeId);
    }

    private static PlaceOrder Order(TradeState trade) =>
        new(trade.CorrelationId, trade.CustomerOrderRef, trade.ExchangeMarketId ?? "", trade.Selection, trade.Side, trade.Price, trade.Stake)
        {
            RunnerId = trade.RunnerId,
        };

    private static void Record(TradeState trade, string betId, decimal sizeMatched, decimal? averagePrice)
    {
        trade.BetId = betId;
        if (sizeMatched > trade.SizeMatched)
        {
            trade.SizeMatched = sizeMatched;
            trade.AveragePriceMatched = averagePrice;
        }
    }

    private static void Settle(TradeState trade, FixtureResulted result, TimeProvider clock)
    {
        var selection = MarketRules.Settle(trade.MarketType, trade.Selection, result.HomeGoals, result.AwayGoals);
        var settlement = Settlement.Of(trade.Side, trade.SizeMatched, trade.AveragePriceMatched ?? trade.Price, selection, trade.CommissionRate);
        trade.Outcome = settlement.Outcome;
        trade.GrossProfit = settlement.Gross;
        trade.Commission = settlement.Commission;
        trade.NetProfit = settlement.Net;
        trade.SettledAt = clock.GetUtcNow();
    }

    private static void SettleFromExchange(TradeState trade, OrderSettled settled, TimeProvider clock)
    {
        // The exchange's settled size and price are final: they may include a match no poll reported in time.
        trade.BetId = settled.BetId;
        if (settled.SizeSettled > 0)
        {
            trade.SizeMatched = settled.SizeSettled;
            trade.AveragePriceMatched = settled.AveragePriceMatched ?? trade.AveragePriceMatched;
        }

        trade.Outcome = settled.Outcome;
        trade.GrossProfit = settled.GrossProfit;
        trade.Commission = settled.Commission;
        trade.NetProfit = settled.GrossProfit - settled.Commission;
        trade.SettledAt = clock.GetUtcNow();
    }

    private static TradeSettled SettledMessage(TradeState trade) =>
        new(trade.CorrelationId, trade.StrategyId, trade.Outcome!.Value, trade.GrossProfit!.Value, trade.Commission!.Value, trade.NetProfit!.Value, trade.SettledAt!.Value);

    private static TradeClosed Closed(TradeState trade, TimeProvider clock) =>
        new(trade.CorrelationId, trade.StrategyId, trade.CurrentState, trade.NetProfit ?? 0, clock.GetUtcNow());
}

using Statistico.Contracts.Trading;
using Statistico.Modelling.Pricing;
using Statistico.Trader.Strategies;

namespace Statistico.Trader.Decisions;

/// <summary>
/// Whether one strategy should trade one selection now, from its model's probability and the source's best price:
/// the pure part of a decision (the risk limits that need the database are <see cref="RiskGate"/>'s).
/// </summary>
public static class StrategyEvaluator
{
    public static Evaluation Evaluate(StrategyDefinition strategy, TrackedFixture fixture, CompiledPrice compiled, ObservedPrice observed, decimal bankroll)
    {
        if (PriceCheck(strategy, fixture, compiled, observed) is { } no)
        {
            return no;
        }

        var (price, size) = strategy.Side == Side.Back ? (observed.BackPrice, observed.BackSize) : (observed.LayPrice, observed.LaySize);
        var p = price!.Value;
        var edge = Edge.Of(strategy.Side, compiled.Probability, p, strategy.Commission);
        var stake = StakeSizer.Size(strategy, bankroll, compiled.Probability, p);
        if (stake <= 0)
        {
            return Evaluation.No("stake below the exchange's minimum");
        }

        return size < stake ? Evaluation.No($"only {size} available at {p}, stake {stake}") : new Evaluation(p, stake, edge, null);
    }

    /// <summary>
    /// The part of <see cref="Evaluate"/> that needs no bankroll (market, window, ladder, bounds, edge): why not, or null
    /// when the price is worth sizing. Most observations end here, before any lock or query (ADR 0615).
    /// </summary>
    public static Evaluation? PriceCheck(StrategyDefinition strategy, TrackedFixture fixture, CompiledPrice compiled, ObservedPrice observed)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(compiled);
        ArgumentNullException.ThrowIfNull(observed);
        if (observed.Status is not null || observed.InPlay)
        {
            return Evaluation.No($"market {observed.Status ?? "in play"}");
        }

        if (!strategy.Window.Contains(fixture.KickOff, observed.ObservedAt))
        {
            return Evaluation.No("outside the trading window");
        }

        var price = strategy.Side == Side.Back ? observed.BackPrice : observed.LayPrice;
        if (price is not { } p || !BetfairTickLadder.IsTick((double)p))
        {
            return Evaluation.No("no price on the ladder");
        }

        if (p < strategy.MinPrice || p > strategy.MaxPrice)
        {
            return Evaluation.No($"price {p} outside {strategy.MinPrice}–{strategy.MaxPrice}");
        }

        var edge = Edge.Of(strategy.Side, compiled.Probability, p, strategy.Commission);
        if (!(edge >= strategy.MinEdge))
        {
            return Evaluation.No($"edge {edge:0.####} below {strategy.MinEdge}");
        }

        return null;
    }
}

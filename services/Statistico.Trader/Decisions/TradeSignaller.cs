using MassTransit;
using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.Trading;
using Statistico.Trader.Data;
using Statistico.Trader.Positions;
using Statistico.Trader.Strategies;

namespace Statistico.Trader.Decisions;

/// <summary>
/// Evaluates the ACTIVE strategies on the markets a message touched and signals the trades they find, each with its
/// position, in the message's own transaction (so a signal and its claim on the bankroll commit or vanish together).
/// </summary>
internal sealed partial class TradeSignaller(TraderDbContext db, ActiveStrategies active, RiskGate risk, TimeProvider clock, ILogger<TradeSignaller> logger)
{
    /// <summary>Signals what the strategies find on <paramref name="markets"/>; <paramref name="source"/> or <paramref name="model"/> narrows them to one price source or model.</summary>
    /// <returns>How many trades were signalled.</returns>
    public async Task<int> EvaluateAsync(ConsumeContext context, IReadOnlyCollection<MarketKey> markets, string? source, string? model)
    {
        var cancellationToken = context.CancellationToken;
        var marketTypes = markets.Select(m => m.MarketType).ToHashSet(StringComparer.Ordinal);
        // The list the price check runs on may be up to a second old (ADR 0618): what signals is decided on the locked row.
        var strategies = (await active.GetAsync(db, cancellationToken))
            .Where(s => marketTypes.Contains(s.Definition.MarketType)
                && (source is null || s.Definition.PriceSources.Contains(source))
                && (model is null || s.Definition.Model == model))
            .OrderBy(s => s.Id, StringComparer.Ordinal) // locks taken in one order everywhere: no deadlock between messages
            .ToList();
        if (strategies.Count == 0)
        {
            return 0;
        }

        // One round trip for what the price check needs: each observed price of these fixtures (from this source)
        // with its fixture and every compiled probability of its selection. A selection with no compiled price or an
        // untracked fixture has nothing to decide on, as before, when these were three queries.
        var fixtureIds = markets.Select(m => m.FixtureId).Distinct().ToList();
        var priced = await (
            from o in db.ObservedPrices.AsNoTracking()
            where fixtureIds.Contains(o.FixtureId) && (source == null || o.Source == source)
            join c in db.CompiledPrices.AsNoTracking() on new { o.FixtureId, o.MarketType, o.Selection } equals new { c.FixtureId, c.MarketType, c.Selection }
            join f in db.Fixtures.AsNoTracking() on o.FixtureId equals f.FixtureId
            select new PricedSelection(f, c, o)).ToListAsync(cancellationToken);

        var signalled = 0;
        foreach (var strategy in strategies)
        {
            var definition = strategy.Definition;
            foreach (var market in markets.Where(m => m.MarketType == definition.MarketType))
            {
                var candidates = priced.Where(p => p.Fixture.FixtureId == market.FixtureId && p.Compiled.Model == definition.Model
                    && p.Compiled.MarketType == definition.MarketType && p.Compiled.Selection == definition.Selection
                    && definition.PriceSources.Contains(p.Observed.Source)).ToList();
                if (candidates.Count == 0 || !definition.Competitions.Contains(candidates[0].Fixture.CompetitionId)
                    || candidates[0].Fixture.Status != Contracts.FootballData.FixtureStatus.Scheduled)
                {
                    continue;
                }

                foreach (var (fixture, probability, price) in candidates)
                {
                    // Most observations show no value: decide that without the strategy's row lock, which would make
                    // every observation of the strategy wait for the one before it to commit, and without a query
                    // (ADR 0615). Only a price worth sizing takes the lock, and is then decided in full on the locked row.
                    if (StrategyEvaluator.PriceCheck(definition, fixture, probability, price) is { } no)
                    {
                        LogNoTrade(strategy.Id, fixture.FixtureId, no.Reason!);
                        continue;
                    }

                    if (await TrySignalAsync(context, strategy, fixture, probability, price))
                    {
                        signalled++;
                        break; // one open trade per strategy, fixture, market and selection
                    }
                }
            }
        }

        return signalled;
    }

    private async Task<bool> TrySignalAsync(ConsumeContext context, Strategy listed, TrackedFixture fixture, CompiledPrice compiled, ObservedPrice observed)
    {
        var cancellationToken = context.CancellationToken;
        var strategy = await db.Strategies.FromSqlInterpolated($"SELECT *, xmin FROM strategies WHERE \"Id\" = {listed.Id} FOR UPDATE")
            .AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (strategy is not { Status: StrategyStatus.Active } || strategy.Version != listed.Version)
        {
            // Paused, archived or changed since the list was read: the fixture, prices and model were chosen by the
            // listed version, so they are not decided on under another. The next decision reads the list again.
            active.Invalidate();
            LogNoTrade(listed.Id, fixture.FixtureId, $"strategy changed since it was listed (version {listed.Version}, now {strategy?.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "gone"} {strategy?.Status})");
            return false;
        }

        // Read here, on the path to a signal only, after the lock: an observation with no value does not pay for it,
        // and a switch engaged before this point stops this signal (the exchanges check it again before any order).
        if (await KillSwitchState.IsEngagedAsync(db, cancellationToken))
        {
            LogNoTrade(strategy.Id, fixture.FixtureId, "the kill switch is engaged");
            return false;
        }

        var definition = strategy.Definition;
        var bankroll = await risk.BankrollAsync(strategy, cancellationToken);
        var evaluation = StrategyEvaluator.Evaluate(definition, fixture, compiled, observed, bankroll);
        if (!evaluation.IsTrade)
        {
            LogNoTrade(strategy.Id, fixture.FixtureId, evaluation.Reason!);
            return false;
        }

        var liability = RiskGate.Liability(definition.Side, evaluation.Price, evaluation.Stake);
        if (await risk.RefusalAsync(strategy, fixture.FixtureId, definition.Selection, bankroll, liability, cancellationToken) is { } refusal)
        {
            LogNoTrade(strategy.Id, fixture.FixtureId, refusal);
            return false;
        }

        var tradeId = NewId.NextGuid();
        var now = clock.GetUtcNow();
        db.Positions.Add(new Position
        {
            TradeId = tradeId,
            StrategyId = strategy.Id,
            FixtureId = fixture.FixtureId,
            MarketType = definition.MarketType,
            Selection = definition.Selection,
            Mode = definition.Mode,
            Liability = liability,
            OpenedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await context.Publish(new TradeSignalled(tradeId, strategy.Id, fixture.FixtureId, definition.MarketType, definition.Selection, definition.Side,
            evaluation.Price, evaluation.Stake, compiled.Probability, now)
        {
            ExchangeMarketId = observed.ExchangeMarketId,
            ExpectedValue = evaluation.ExpectedReturn,
            StrategyVersion = strategy.Version,
            Paper = definition.Mode == StrategyMode.Paper,
            Source = observed.Source,
            RunnerId = observed.RunnerId,
            CommissionRate = definition.Commission,
            ObservedSize = definition.Side == Side.Back ? observed.BackSize : observed.LaySize,
            ObservedAt = observed.ObservedAt,
        }, cancellationToken);
        LogSignalled(strategy.Id, tradeId, fixture.FixtureId, definition.Selection, evaluation.Price, evaluation.Stake, evaluation.ExpectedReturn);
        return true;
    }

    /// <summary>One observed price with its fixture and one model's compiled probability of the same selection.</summary>
    private sealed record PricedSelection(TrackedFixture Fixture, CompiledPrice Compiled, ObservedPrice Observed);

    [LoggerMessage(LogLevel.Debug, "Strategy {StrategyId} does not trade fixture {FixtureId}: {Reason}")]
    private partial void LogNoTrade(string strategyId, Guid fixtureId, string reason);

    [LoggerMessage(LogLevel.Information, "Strategy {StrategyId} signalled trade {TradeId} on fixture {FixtureId}: {Selection} at {Price} for {Stake} (edge {Edge:0.####})")]
    private partial void LogSignalled(string strategyId, Guid tradeId, Guid fixtureId, string selection, decimal price, decimal stake, double edge);
}

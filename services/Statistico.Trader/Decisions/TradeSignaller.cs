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
internal sealed partial class TradeSignaller(TraderDbContext db, RiskGate risk, TimeProvider clock, ILogger<TradeSignaller> logger)
{
    /// <summary>Signals what the strategies find on <paramref name="markets"/>; <paramref name="source"/> or <paramref name="model"/> narrows them to one price source or model.</summary>
    /// <returns>How many trades were signalled.</returns>
    public async Task<int> EvaluateAsync(ConsumeContext context, IReadOnlyCollection<MarketKey> markets, string? source, string? model)
    {
        var cancellationToken = context.CancellationToken;
        var marketTypes = markets.Select(m => m.MarketType).ToHashSet(StringComparer.Ordinal);
        var strategies = (await db.Strategies.AsNoTracking().Where(s => s.Status == StrategyStatus.Active).ToListAsync(cancellationToken))
            .Where(s => marketTypes.Contains(s.Definition.MarketType)
                && (source is null || s.Definition.PriceSources.Contains(source))
                && (model is null || s.Definition.Model == model))
            .OrderBy(s => s.Id, StringComparer.Ordinal) // locks taken in one order everywhere: no deadlock between messages
            .ToList();
        if (strategies.Count == 0 || await KillSwitchState.IsEngagedAsync(db, cancellationToken))
        {
            return 0;
        }

        var fixtureIds = markets.Select(m => m.FixtureId).Distinct().ToList();
        var fixtures = await db.Fixtures.AsNoTracking().Where(f => fixtureIds.Contains(f.FixtureId)).ToDictionaryAsync(f => f.FixtureId, cancellationToken);
        var compiled = await db.CompiledPrices.AsNoTracking().Where(c => fixtureIds.Contains(c.FixtureId)).ToListAsync(cancellationToken);
        var observed = await db.ObservedPrices.AsNoTracking()
            .Where(o => fixtureIds.Contains(o.FixtureId) && (source == null || o.Source == source)).ToListAsync(cancellationToken);

        var signalled = 0;
        foreach (var strategy in strategies)
        {
            var definition = strategy.Definition;
            foreach (var market in markets.Where(m => m.MarketType == definition.MarketType))
            {
                if (!fixtures.TryGetValue(market.FixtureId, out var fixture) || !definition.Competitions.Contains(fixture.CompetitionId)
                    || fixture.Status != Contracts.FootballData.FixtureStatus.Scheduled)
                {
                    continue;
                }

                var probability = compiled.FirstOrDefault(c => c.FixtureId == fixture.FixtureId && c.Model == definition.Model
                    && c.MarketType == definition.MarketType && c.Selection == definition.Selection);
                if (probability is null)
                {
                    continue;
                }

                var prices = observed.Where(o => o.FixtureId == fixture.FixtureId && o.MarketType == definition.MarketType
                    && o.Selection == definition.Selection && definition.PriceSources.Contains(o.Source));
                foreach (var price in prices)
                {
                    // Most observations show no value: decide that without the strategy's row lock, which would make
                    // every observation of the strategy wait for the one before it to commit, and without a query
                    // (ADR 0615). Only a price worth sizing takes the lock, and is then decided in full on the locked row.
                    if (StrategyEvaluator.PriceCheck(definition, fixture, probability, price) is { } no)
                    {
                        LogNoTrade(strategy.Id, fixture.FixtureId, no.Reason!);
                        continue;
                    }

                    if (await TrySignalAsync(context, strategy.Id, fixture, probability, price))
                    {
                        signalled++;
                        break; // one open trade per strategy, fixture, market and selection
                    }
                }
            }
        }

        return signalled;
    }

    private async Task<bool> TrySignalAsync(ConsumeContext context, string strategyId, TrackedFixture fixture, CompiledPrice compiled, ObservedPrice observed)
    {
        var cancellationToken = context.CancellationToken;
        var strategy = await db.Strategies.FromSqlInterpolated($"SELECT *, xmin FROM strategies WHERE \"Id\" = {strategyId} FOR UPDATE")
            .AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (strategy is not { Status: StrategyStatus.Active })
        {
            return false; // paused or archived since the list was read
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

    [LoggerMessage(LogLevel.Debug, "Strategy {StrategyId} does not trade fixture {FixtureId}: {Reason}")]
    private partial void LogNoTrade(string strategyId, Guid fixtureId, string reason);

    [LoggerMessage(LogLevel.Information, "Strategy {StrategyId} signalled trade {TradeId} on fixture {FixtureId}: {Selection} at {Price} for {Stake} (edge {Edge:0.####})")]
    private partial void LogSignalled(string strategyId, Guid tradeId, Guid fixtureId, string selection, decimal price, decimal stake, double edge);
}

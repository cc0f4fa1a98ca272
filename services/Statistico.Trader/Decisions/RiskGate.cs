using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Statistico.Contracts.Trading;
using Statistico.Trader.Data;
using Statistico.Trader.Strategies;

namespace Statistico.Trader.Decisions;

/// <summary>
/// The checks before any order that need the database: one open trade per strategy, fixture, market and selection;
/// open trades; fixture and strategy exposure (worst-case loss, summed without netting, so never understated); the
/// day's losses; the bankroll; and, for live strategies, the exchange's hourly transaction budget. The caller holds
/// the strategy's row lock, so two decisions for one strategy (on any replica) are checked one after the other.
/// </summary>
internal sealed class RiskGate(TraderDbContext db, TimeProvider clock, IOptions<TraderOptions> options)
{
    /// <summary>The strategy's bankroll now: its starting money plus the net profit of every closed trade.</summary>
    public async Task<decimal> BankrollAsync(Strategy strategy, CancellationToken cancellationToken) =>
        strategy.Definition.StartingBankroll + await db.Positions.Where(p => p.StrategyId == strategy.Id && p.ClosedAt != null)
            .SumAsync(p => p.NetProfit, cancellationToken);

    /// <summary>Why the trade may not be made, or null when it may.</summary>
    public async Task<string?> RefusalAsync(Strategy strategy, Guid fixtureId, string selection, decimal bankroll, decimal liability, CancellationToken cancellationToken)
    {
        var limits = strategy.Definition.Limits;
        var now = clock.GetUtcNow();
        var book = await OpenBookAsync(strategy, fixtureId, selection, now, cancellationToken);
        if (book.SelectionOpen)
        {
            return "a trade on this selection is already open";
        }

        if (book.OpenTrades >= limits.MaxOpenTrades)
        {
            return $"{book.OpenTrades} trades open, the limit is {limits.MaxOpenTrades}";
        }

        var fixtureExposure = book.FixtureExposure + liability;
        if (fixtureExposure > limits.MaxFixtureExposure)
        {
            return $"fixture exposure {fixtureExposure} above {limits.MaxFixtureExposure}";
        }

        var exposure = book.Exposure + liability;
        if (exposure > limits.MaxStrategyExposure)
        {
            return $"strategy exposure {exposure} above {limits.MaxStrategyExposure}";
        }

        if (exposure > bankroll)
        {
            return $"exposure {exposure} above the bankroll {bankroll}";
        }

        if (-book.TodaysNet >= limits.MaxDailyLoss)
        {
            return $"today's loss {-book.TodaysNet} reached the limit {limits.MaxDailyLoss}";
        }

        return strategy.Definition.Mode == StrategyMode.Live && book.LiveLastHour >= options.Value.MaxOrdersPerHour
            ? $"{book.LiveLastHour} live orders in the last hour, the budget is {options.Value.MaxOrdersPerHour}"
            : null;
    }

    /// <summary>
    /// Every figure the limits need, summed by the database in one round trip: reading the open positions themselves
    /// made each decision cost as many rows as the strategy had open trades, under its row lock (ADR 0615).
    /// </summary>
    private async Task<OpenBook> OpenBookAsync(Strategy strategy, Guid fixtureId, string selection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = strategy.Id;
        var marketType = strategy.Definition.MarketType;
        var dayStart = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var hourAgo = now.AddHours(-1);
        var live = strategy.Definition.Mode == StrategyMode.Live;
        var liveMode = nameof(StrategyMode.Live);
        return await db.Database.SqlQuery<OpenBook>($"""
            SELECT
              EXISTS (SELECT 1 FROM positions WHERE "StrategyId" = {id} AND "ClosedAt" IS NULL
                      AND "FixtureId" = {fixtureId} AND "MarketType" = {marketType} AND "Selection" = {selection}) AS "SelectionOpen",
              o."OpenTrades", o."Exposure", o."FixtureExposure",
              (SELECT coalesce(sum("NetProfit"), 0) FROM positions WHERE "StrategyId" = {id} AND "ClosedAt" >= {dayStart}) AS "TodaysNet",
              CASE WHEN {live} THEN (SELECT count(*)::int FROM positions WHERE "Mode" = {liveMode} AND "OpenedAt" >= {hourAgo}) ELSE 0 END AS "LiveLastHour"
            FROM (SELECT count(*)::int AS "OpenTrades", coalesce(sum("Liability"), 0) AS "Exposure",
                         coalesce(sum("Liability") FILTER (WHERE "FixtureId" = {fixtureId}), 0) AS "FixtureExposure"
                  FROM positions WHERE "StrategyId" = {id} AND "ClosedAt" IS NULL) o
            """).SingleAsync(cancellationToken);
    }

    /// <summary>What the trade can lose at most; a lay's liability is rounded up to the penny so it is never understated.</summary>
    public static decimal Liability(Side side, decimal price, decimal stake) => side == Side.Back ? stake : Math.Ceiling(stake * (price - 1) * 100) / 100;
}

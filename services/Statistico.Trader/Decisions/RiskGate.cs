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
        var open = await db.Positions.AsNoTracking().Where(p => p.StrategyId == strategy.Id && p.ClosedAt == null)
            .Select(p => new { p.FixtureId, p.MarketType, p.Selection, p.Liability })
            .ToListAsync(cancellationToken);
        if (open.Any(p => p.FixtureId == fixtureId && p.MarketType == strategy.Definition.MarketType && p.Selection == selection))
        {
            return "a trade on this selection is already open";
        }

        if (open.Count >= limits.MaxOpenTrades)
        {
            return $"{open.Count} trades open, the limit is {limits.MaxOpenTrades}";
        }

        var fixtureExposure = open.Where(p => p.FixtureId == fixtureId).Sum(p => p.Liability) + liability;
        if (fixtureExposure > limits.MaxFixtureExposure)
        {
            return $"fixture exposure {fixtureExposure} above {limits.MaxFixtureExposure}";
        }

        var exposure = open.Sum(p => p.Liability) + liability;
        if (exposure > limits.MaxStrategyExposure)
        {
            return $"strategy exposure {exposure} above {limits.MaxStrategyExposure}";
        }

        if (exposure > bankroll)
        {
            return $"exposure {exposure} above the bankroll {bankroll}";
        }

        var now = clock.GetUtcNow();
        var dayStart = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var todaysNet = await db.Positions.Where(p => p.StrategyId == strategy.Id && p.ClosedAt >= dayStart).SumAsync(p => p.NetProfit, cancellationToken);
        if (-todaysNet >= limits.MaxDailyLoss)
        {
            return $"today's loss {-todaysNet} reached the limit {limits.MaxDailyLoss}";
        }

        if (strategy.Definition.Mode == StrategyMode.Live)
        {
            var hourAgo = now.AddHours(-1);
            var sent = await db.Positions.CountAsync(p => p.Mode == StrategyMode.Live && p.OpenedAt >= hourAgo, cancellationToken);
            if (sent >= options.Value.MaxOrdersPerHour)
            {
                return $"{sent} live orders in the last hour, the budget is {options.Value.MaxOrdersPerHour}";
            }
        }

        return null;
    }

    /// <summary>What the trade can lose at most; a lay's liability is rounded up to the penny so it is never understated.</summary>
    public static decimal Liability(Side side, decimal price, decimal stake) => side == Side.Back ? stake : Math.Ceiling(stake * (price - 1) * 100) / 100;
}

using Microsoft.Extensions.DependencyInjection;
using Statistico.ServiceDefaults.Summary;
using Statistico.Testing;
using Statistico.Trader.Data;
using Statistico.Trader.Strategies;
using Statistico.Trader.Tests.Support;
using Statistico.Trader.Trading;

namespace Statistico.Trader.Tests.Apis;

/// <summary><c>GET /api/summary</c> on a real database: active strategies, trades by state and settled net P&amp;L per mode.</summary>
[Trait("Category", "Integration")]
public sealed class SummaryApiTests(TestInfrastructure infrastructure) : TraderTestBase(infrastructure)
{
    private static readonly DateTimeOffset Saturday = new(2026, 8, 15, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Counts_trades_by_state_and_sums_net_profit_per_mode()
    {
        var empty = await GetAsync<ServiceSummary>("/api/summary");
        Assert.Equal("trader", empty.Service);
        Assert.Equal(
            [("strategies active", 0L, (DateTimeOffset?)null, (decimal?)null), ("trades", 0L, null, null), ("net P&L", 0L, null, 0m)],
            empty.Lines.Select(l => (l.Name, l.Count, l.Latest, l.Amount)));

        await CreateActiveStrategyAsync("summary-paper", TestStrategies.BackHome());
        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TraderDbContext>();
            db.Trades.AddRange(
                Trade("Settled", StrategyMode.Paper, Saturday.AddHours(-3), 4.75m, Saturday.AddHours(2)),
                Trade("Settled", StrategyMode.Paper, Saturday.AddHours(-2), -10m, Saturday.AddHours(3)),
                Trade("Settled", StrategyMode.Live, Saturday.AddHours(-4), 1.90m, Saturday.AddHours(1)),
                Trade("Placed", StrategyMode.Live, Saturday.AddHours(-1), null, null),
                Trade("Cancelled", StrategyMode.Paper, Saturday.AddMinutes(-5), null, null));
            await db.SaveChangesAsync(Ct);
        }

        var lines = (await GetAsync<ServiceSummary>("/api/summary")).Lines;

        Assert.Equal(
            [
                ("strategies active", 1L, (DateTimeOffset?)null, (decimal?)null),
                ("trades Cancelled", 1L, Saturday.AddMinutes(-5), null),
                ("trades Placed", 1L, Saturday.AddHours(-1), null),
                ("trades Settled", 3L, Saturday.AddHours(-2), null),
                ("net P&L LIVE", 1L, Saturday.AddHours(1), 1.90m),
                ("net P&L PAPER", 2L, Saturday.AddHours(3), -5.25m),
            ],
            lines.Select(l => (l.Name, l.Count, l.Latest, l.Amount)));
    }

    private static TradeState Trade(string state, StrategyMode mode, DateTimeOffset signalledAt, decimal? netProfit, DateTimeOffset? settledAt)
    {
        var id = Guid.NewGuid();
        return new TradeState
        {
            CorrelationId = id, CurrentState = state, StrategyId = "summary-paper", StrategyVersion = 1, Mode = mode, FixtureId = Guid.NewGuid(),
            MarketType = "MATCH_ODDS", Selection = "HOME", Price = 2.0m, Stake = 10m, Source = "betfair", CustomerOrderRef = id.ToString("N")[..32],
            SignalledAt = signalledAt, NetProfit = netProfit, SettledAt = settledAt,
        };
    }
}

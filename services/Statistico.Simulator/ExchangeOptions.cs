namespace Statistico.Simulator;

/// <summary>The simulated exchange: credentials, liquidity, counter-party flow, commission.</summary>
public sealed class ExchangeOptions
{
    public string AppKey { get; set; } = "simulator-app-key";

    public string Username { get; set; } = "statistico";

    public string Password { get; set; } = "simulator";

    public decimal StartingBalance { get; set; } = 1000m;

    /// <summary>Commission on net market winnings (0.05 = 5 %).</summary>
    public decimal CommissionRate { get; set; } = 0.05m;

    /// <summary>Ticks between the best back and the best lay price.</summary>
    public int SpreadTicks { get; set; } = 1;

    /// <summary>Price levels shown on each side.</summary>
    public int Depth { get; set; } = 3;

    /// <summary>Crowd liquidity at the best level; level k holds k times this.</summary>
    public decimal LevelSize { get; set; } = 100m;

    /// <summary>How often (simulated) the crowd's liquidity is renewed; what an order took stays taken until then.</summary>
    public TimeSpan LiquidityRefresh { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Counter-party volume per simulated minute reaching a resting order at the best price.</summary>
    public decimal CounterpartyFlowPerMinute { get; set; } = 5m;

    /// <summary>Flow multiplier per tick away from the best price.</summary>
    public double FlowDecayPerTick { get; set; } = 0.5;

    /// <summary>Resubmitting a customerRef within this (wall-clock) window is DUPLICATE_TRANSACTION.</summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Kick-off to full time (markets are suspended in between, unless they reopen in play, and settle at the end).</summary>
    public TimeSpan MatchDuration { get; set; } = TimeSpan.FromMinutes(115);

    /// <summary>
    /// How long (world time) after kick-off the markets of a fixture played as scheduled reopen in play (ADR 1002):
    /// SUSPENDED at kick-off, then OPEN with inPlay and <see cref="InPlayBetDelay"/> until full time. Unset: they stay
    /// SUSPENDED from kick-off to full time (what every service's tests were written against).
    /// </summary>
    public TimeSpan? InPlayReopenAfter { get; set; }

    /// <summary>The in-play bet delay (world time): an order placed in play is held this long, then matched or refused as the market is then.</summary>
    public TimeSpan InPlayBetDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long before kick-off a postponement becomes known (markets suspend, the data API says POSTPONED).</summary>
    public TimeSpan PostponementNotice { get; set; } = TimeSpan.FromHours(48);

    /// <summary>How long before kick-off markets open.</summary>
    public TimeSpan MarketsOpenBefore { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Smallest stake (or stake × price ≥ <see cref="MinimumPayout"/>).</summary>
    public decimal MinimumStake { get; set; } = 1m;

    public decimal MinimumPayout { get; set; } = 10m;
}

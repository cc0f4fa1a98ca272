using Statistico.Contracts.FootballData;
using Statistico.Contracts.Trading;

namespace Statistico.Trader.Tests.Support;

/// <summary>The messages of one trade's life, with the figures the saga tests work from.</summary>
internal sealed class TradeMessages(Guid? fixtureId = null, bool paper = true, Side side = Side.Back, decimal price = 2.5m, decimal stake = 10m)
{
    private static readonly DateTimeOffset At = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    public Guid TradeId { get; } = Guid.NewGuid();

    public Guid FixtureId { get; } = fixtureId ?? Guid.NewGuid();

    public string BetId { get; } = "bet-" + Guid.NewGuid().ToString("N")[..8];

    public TradeSignalled Signalled() => new(TradeId, "strategy-a", FixtureId, "MATCH_ODDS", "HOME", side, price, stake, 0.45, At)
    {
        ExchangeMarketId = "1.234",
        StrategyVersion = 3,
        Paper = paper,
        Source = "betfair",
        RunnerId = 47972,
        CommissionRate = 0.05,
    };

    public OrderPlaced Placed(decimal matched = 0, decimal? averagePrice = null) =>
        new(TradeId, BetId, At) { SizeMatched = matched, AveragePriceMatched = averagePrice ?? (matched > 0 ? price : null) };

    public OrderMatched Matched(decimal matched, decimal averagePrice) => new(TradeId, BetId, matched, stake - matched, averagePrice, At);

    public OrderRejected Rejected(string code = "INSUFFICIENT_FUNDS") => new(TradeId, code, At);

    public OrderCancelled Cancelled(decimal size) => new(TradeId, BetId, size, At);

    public OrderLapsed Lapsed(decimal size) => new(TradeId, BetId, size, At);

    public FixtureResulted Result(int home, int away) => new(FixtureId, "SIM", "2026", "Home FC", "Away FC", At, home, away, At.AddHours(2));

    public FixtureUpdated Updated(FixtureStatus status) => new(FixtureId, status, At, At.AddHours(1));
}

using Statistico.Contracts.FootballData;
using Statistico.Contracts.Odds;

namespace Statistico.Trader.Tests.Support;

/// <summary>One fixture's upstream messages as the Trader receives them: schedule, compiled book, observed prices, result.</summary>
internal sealed class MarketMessages(string competition = "E0", string model = "dixon-coles")
{
    public Guid FixtureId { get; } = Guid.NewGuid();

    public DateTimeOffset KickOff { get; } = DateTimeOffset.UtcNow.AddHours(24);

    public FixtureScheduled Scheduled() => new(FixtureId, competition, "2026", "Home FC", "Away FC", KickOff, DateTimeOffset.UtcNow);

    /// <summary>A MATCH_ODDS book with the home side at <paramref name="home"/>, from <paramref name="modelName"/> (else this fixture's model).</summary>
    public OddsCompiled Compiled(double home, double draw = 0.27, string? modelName = null) =>
        new(FixtureId, modelName ?? model, "1", [new CompiledMarket("MATCH_ODDS", [
            new CompiledSelection("HOME", home, 0, 0),
            new CompiledSelection("DRAW", draw, 0, 0),
            new CompiledSelection("AWAY", 1 - home - draw, 0, 0)])], DateTimeOffset.UtcNow);

    /// <summary>Betfair's MATCH_ODDS with the home side's best back and lay, and the size at each.</summary>
    public MarketOddsObserved Observed(decimal back, decimal lay, decimal size, string? status = null) =>
        new(Guid.NewGuid(), "betfair", [new ObservedMarket(FixtureId, "MATCH_ODDS", DateTimeOffset.UtcNow, [
            new ObservedRunner("HOME", [new PriceSize(back, size)], [new PriceSize(lay, size)]) { RunnerId = 47972 },
            new ObservedRunner("DRAW", [new PriceSize(3.5m, size)], [new PriceSize(3.55m, size)]) { RunnerId = 58805 },
            new ObservedRunner("AWAY", [new PriceSize(4m, size)], [new PriceSize(4.1m, size)]) { RunnerId = 48317 }])
        {
            ExchangeMarketId = "1.2001",
            Status = status,
        }]);

    public FixtureResulted Result(int home, int away) =>
        new(FixtureId, competition, "2026", "Home FC", "Away FC", KickOff, home, away, KickOff.AddHours(2)) { Revision = 2 };
}

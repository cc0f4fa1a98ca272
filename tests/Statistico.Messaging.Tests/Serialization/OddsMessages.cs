using Statistico.Contracts.Odds;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Serialization;

/// <summary>MarketOddsObserved as the Odds Checker publishes them: Betfair-sized, and with awkward values.</summary>
internal static class OddsMessages
{
    /// <summary>40 markets × 3 runners × 3 back and 3 lay levels, every optional property set.</summary>
    public static MarketOddsObserved BetfairSized(int seed = 1)
    {
        var random = new Random(TestSeed.Fixed(seed));
        var at = new DateTimeOffset(2026, 3, 14, 15, 0, 0, TimeSpan.Zero).AddMilliseconds(seed);
        var markets = Enumerable.Range(0, 40).Select(m => new ObservedMarket(Guid.NewGuid(), $"MARKET_{m:00}", at, Runners(random))
        {
            ExchangeMarketId = $"1.{200_000_000 + m}",
            InPlay = m % 2 == 0,
            TotalMatched = 10_000m + random.Next(100_000) + 0.37m,
            Status = m % 7 == 0 ? "SUSPENDED" : null,
        }).ToArray();
        return new MarketOddsObserved(Guid.NewGuid(), "betfair", markets);
    }

    /// <summary>Nulls, empty lists, extreme decimals and offsets: what a careless format would lose.</summary>
    public static MarketOddsObserved EdgeValues() => new(
        Guid.Empty,
        string.Empty,
        [
            new ObservedMarket(Guid.NewGuid(), "ASIAN_HANDICAP", new DateTimeOffset(2026, 1, 2, 3, 4, 5, 678, TimeSpan.FromHours(5.75)).AddTicks(9), [
                new ObservedRunner("HOME", [], [new PriceSize(0.0000000000000000000000000001m, decimal.MaxValue)])
                {
                    RunnerId = long.MaxValue,
                    LastTradedPrice = 1.10m, // the trailing zero is part of the value's scale
                    Handicap = -0.25m,
                },
                new ObservedRunner("AWAY", [new PriceSize(decimal.MinValue, -0.0m), new PriceSize(7.9228162514264337593543950335m, 0m)], [])
                {
                    RunnerId = long.MinValue,
                    Handicap = -2.75m,
                },
                new ObservedRunner("DRAW", null!, null!),
            ])
            {
                ExchangeMarketId = "1.234567",
                InPlay = true,
                TotalMatched = 123_456_789_012.3456789m,
                Status = "CLOSED",
            },
            new ObservedMarket(Guid.NewGuid(), "MATCH_ODDS", new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.FromHours(-3.5)).AddHours(12), []),
            new ObservedMarket(Guid.NewGuid(), "OVER_UNDER_25", DateTimeOffset.MaxValue, null!),
        ]);

    /// <summary>No markets at all (a source that reports nothing changed).</summary>
    public static MarketOddsObserved Empty() => new(Guid.NewGuid(), "pinnacle-closing", []);

    private static ObservedRunner[] Runners(Random random) =>
    [
        .. Enumerable.Range(0, 3).Select(r =>
        {
            var back = Math.Round(1.5m + (decimal)random.NextDouble() * 8m, 2);
            return new ObservedRunner(
                $"SEL_{r}",
                [new PriceSize(back, Size(random)), new PriceSize(back - 0.02m, Size(random)), new PriceSize(back - 0.04m, Size(random))],
                [new PriceSize(back + 0.02m, Size(random)), new PriceSize(back + 0.04m, Size(random)), new PriceSize(back + 0.06m, Size(random))])
            {
                RunnerId = 47_000 + r,
                LastTradedPrice = back,
                Handicap = r == 2 ? -1.5m : null,
            };
        }),
    ];

    private static decimal Size(Random random) => Math.Round((decimal)random.NextDouble() * 500m, 2);
}

using System.Text.Json;
using Statistico.Contracts.Odds;

namespace Statistico.Messaging.Tests.Serialization;

/// <summary>
/// Exact equality of two MarketOddsObserved: the records hold lists (compared by reference), so both are written as
/// JSON, which keeps every decimal's scale ("1.10" is not "1.1") and every offset, and every decimal's bits are
/// compared as well (the sign of a negative zero).
/// </summary>
internal static class SameMessage
{
    public static void Assert(MarketOddsObserved expected, MarketOddsObserved actual)
    {
        Xunit.Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
        Xunit.Assert.Equal(Decimals(expected), Decimals(actual));
    }

    private static List<string> Decimals(MarketOddsObserved message) =>
    [
        .. (message.Markets ?? []).SelectMany(market => new[] { market.TotalMatched }
            .Concat((market.Runners ?? []).SelectMany(runner => new[] { runner.LastTradedPrice, runner.Handicap }
                .Concat((runner.Back ?? []).Concat(runner.Lay ?? []).SelectMany(level => new decimal?[] { level.Price, level.Size })))))
            .Select(value => value is { } present ? string.Join(',', decimal.GetBits(present)) : "null"),
    ];
}

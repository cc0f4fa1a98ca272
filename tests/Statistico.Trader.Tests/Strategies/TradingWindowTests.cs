using Statistico.Trader.Strategies;

namespace Statistico.Trader.Tests.Strategies;

[Trait("Category", "Unit")]
public sealed class TradingWindowTests
{
    private static readonly DateTimeOffset KickOff = new(2026, 12, 5, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(-24 * 60 - 1, false)] // a minute before it opens (24 h)
    [InlineData(-24 * 60, true)] // the moment it opens
    [InlineData(-60, true)]
    [InlineData(-10, true)] // the moment it closes (10 min)
    [InlineData(-9, false)]
    [InlineData(5, false)] // in play
    public void A_price_counts_from_the_opening_hours_to_the_closing_minutes_before_kick_off(int minutesFromKickOff, bool inside)
    {
        var window = new TradingWindow(OpensHoursBefore: 24, ClosesMinutesBefore: 10);

        Assert.Equal(inside, window.Contains(KickOff, KickOff.AddMinutes(minutesFromKickOff)));
    }
}

using Statistico.OddsChecker.Backfills;

namespace Statistico.OddsChecker.Tests;

/// <summary>When football-data.co.uk's pre-closing prices count as observed: its Tuesday or Friday afternoon collection.</summary>
[Trait("Category", "Unit")]
public sealed class PreClosingTimeTests
{
    [Theory]
    [InlineData("2021-08-14T11:30:00Z", "2021-08-13T15:00:00Z")] // Saturday lunchtime (BST): the Friday before
    [InlineData("2021-08-23T19:00:00Z", "2021-08-20T15:00:00Z")] // Monday evening: still the weekend's Friday
    [InlineData("2021-09-21T18:45:00Z", "2021-09-21T15:00:00Z")] // Tuesday evening: that afternoon
    [InlineData("2021-09-22T18:45:00Z", "2021-09-21T15:00:00Z")] // Wednesday: the Tuesday before
    [InlineData("2021-12-11T15:00:00Z", "2021-12-10T16:00:00Z")] // winter (GMT): 16:00 UK is 16:00 UTC
    public void Pre_closing_prices_are_observed_at_the_latest_tuesday_or_friday_collection_before_kick_off(string kickOff, string observed) =>
        Assert.Equal(DateTimeOffset.Parse(observed, System.Globalization.CultureInfo.InvariantCulture),
            HistoricalOdds.PreClosingObservedAt(DateTimeOffset.Parse(kickOff, System.Globalization.CultureInfo.InvariantCulture)));
}

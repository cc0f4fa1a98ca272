using System.Globalization;
using Statistico.FootballDataFiles;

namespace Statistico.Cli.Tests.FootballDataFiles;

/// <summary>
/// Pins the one UK-time conversion across both daylight-saving changes of 2021 (28 March and 31 October), including
/// the hour that does not exist in March and the hour that happens twice in October (rules in <see cref="UkTime"/>).
/// </summary>
[Trait("Category", "Unit")]
public sealed class UkTimeTests
{
    [Theory]
    [InlineData("2021-03-27", "15:00", "2021-03-27T15:00:00Z")] // the Saturday before: GMT
    [InlineData("2021-03-28", "00:59", "2021-03-28T00:59:00Z")] // the change day, before 01:00 UTC: still GMT
    [InlineData("2021-03-28", "01:30", "2021-03-28T01:30:00Z")] // skipped hour: read as GMT (02:30 BST)
    [InlineData("2021-03-28", "02:00", "2021-03-28T01:00:00Z")] // first BST minute
    [InlineData("2021-03-28", "14:00", "2021-03-28T13:00:00Z")] // the Sunday afternoon kick-off: BST
    [InlineData("2021-08-13", "20:00", "2021-08-13T19:00:00Z")] // summer
    [InlineData("2021-10-31", "00:30", "2021-10-30T23:30:00Z")] // the change day, before the repeated hour: BST
    [InlineData("2021-10-31", "01:30", "2021-10-31T00:30:00Z")] // repeated hour: its first occurrence, BST
    [InlineData("2021-10-31", "02:00", "2021-10-31T02:00:00Z")] // after the change: GMT
    [InlineData("2021-10-31", "16:30", "2021-10-31T16:30:00Z")] // the Sunday afternoon kick-off: GMT
    [InlineData("2021-12-26", "12:30", "2021-12-26T12:30:00Z")] // winter
    public void Uk_local_time_converts_to_utc(string date, string time, string utc) =>
        Assert.Equal(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture), UkTime.ToUtc(DateOnly.Parse(date, CultureInfo.InvariantCulture), TimeOnly.Parse(time, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2021-03-27T23:30:00Z", "2021-03-27")] // GMT: the same date
    [InlineData("2021-08-13T23:30:00Z", "2021-08-14")] // BST: already the next day in the UK
    [InlineData("2021-10-30T23:30:00Z", "2021-10-31")] // BST until 01:00 UTC on the change day
    [InlineData("2021-10-31T23:30:00Z", "2021-10-31")] // GMT again
    public void An_instant_has_its_uk_date(string utc, string date) =>
        Assert.Equal(DateOnly.Parse(date, CultureInfo.InvariantCulture), UkTime.DateOf(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture)));

    [Fact]
    public void A_file_without_a_time_kicks_off_at_the_nominal_three_o_clock_uk()
    {
        Assert.Equal(new DateTimeOffset(2013, 8, 17, 14, 0, 0, TimeSpan.Zero), UkTime.KickOffUtc(new DateOnly(2013, 8, 17), null));
        Assert.Equal(new DateTimeOffset(2013, 12, 7, 15, 0, 0, TimeSpan.Zero), UkTime.KickOffUtc(new DateOnly(2013, 12, 7), null));
    }
}

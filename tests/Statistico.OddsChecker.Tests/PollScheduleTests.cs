using Statistico.OddsChecker.Polling;
using Statistico.OddsChecker.Sources;

namespace Statistico.OddsChecker.Tests;

[Trait("Category", "Unit")]
public sealed class PollScheduleTests
{
    private static readonly DateTimeOffset KickOff = new(2030, 8, 3, 15, 0, 0, TimeSpan.Zero);

    private static readonly SourceOptions Options = new()
    {
        LookAhead = TimeSpan.FromDays(2),
        InPlayFor = TimeSpan.FromHours(2),
        DefaultInterval = TimeSpan.FromMinutes(15),
        Bursts =
        [
            new BurstBand { Within = TimeSpan.FromHours(6), Every = TimeSpan.FromMinutes(5) },
            new BurstBand { Within = TimeSpan.FromMinutes(15), Every = TimeSpan.FromSeconds(10) },
            new BurstBand { Within = TimeSpan.FromHours(1), Every = TimeSpan.FromMinutes(1) },
        ],
    };

    [Theory]
    [InlineData(24 * 60, 15 * 60)]
    [InlineData(6 * 60, 5 * 60)]
    [InlineData(45, 60)]
    [InlineData(10, 10)]
    [InlineData(-30, 10)]
    public void Polls_get_faster_as_kick_off_nears_and_stay_fastest_in_play(int minutesToKickOff, int expectedSeconds) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), PollSchedule.IntervalFor(Options, KickOff, KickOff.AddMinutes(-minutesToKickOff)));

    [Fact]
    public void The_window_opens_look_ahead_before_kick_off_and_closes_after_the_in_play_period()
    {
        Assert.False(PollSchedule.InWindow(Options, KickOff, KickOff.AddDays(-3)));
        Assert.True(PollSchedule.InWindow(Options, KickOff, KickOff.AddDays(-2)));
        Assert.True(PollSchedule.InWindow(Options, KickOff, KickOff.AddMinutes(119)));
        Assert.False(PollSchedule.InWindow(Options, KickOff, KickOff.AddHours(2)));
    }

    [Fact]
    public void A_fixture_is_due_by_its_interval_on_the_wall_clock_whatever_the_source_clock_says()
    {
        var sourceNow = KickOff.AddMinutes(-10);
        var wall = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

        Assert.True(PollSchedule.IsDue(Options, KickOff, sourceNow, null, wall));
        Assert.False(PollSchedule.IsDue(Options, KickOff, sourceNow, wall.AddSeconds(-9), wall));
        Assert.True(PollSchedule.IsDue(Options, KickOff, sourceNow, wall.AddSeconds(-10), wall));
    }
}

using Statistico.Simulator.Clock;

namespace Statistico.Simulator.Tests;

/// <summary>The accelerated clock on a hand-driven wall clock.</summary>
[Trait("Category", "Unit")]
public sealed class WorldClockTests
{
    private static readonly DateTimeOffset Start = new(2030, 8, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Runs_at_its_speed_stops_when_paused_and_continues_on_resume()
    {
        var wall = new ManualTimeProvider();
        var clock = new WorldClock(wall);
        clock.Set(Start, 2880, isPaused: false);

        wall.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(Start.AddDays(1), clock.Now);

        clock.Pause();
        wall.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(Start.AddDays(1), clock.Now);

        clock.SetSpeed(60);
        clock.Resume();
        wall.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(Start.AddDays(1).AddMinutes(10), clock.Now);

        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(Start.AddDays(1).AddMinutes(130), clock.Now);
    }

    [Fact]
    public void Refuses_a_speed_that_is_not_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorldClock(new ManualTimeProvider()).Set(Start, 0, false));
}

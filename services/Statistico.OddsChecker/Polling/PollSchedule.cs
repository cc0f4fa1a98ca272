using Statistico.OddsChecker.Sources;

namespace Statistico.OddsChecker.Polling;

/// <summary>Burst mode (ADR 0502): the poll interval of a fixture from its distance to kick-off.</summary>
internal static class PollSchedule
{
    /// <summary>Whether the fixture is in the source's polling window at all.</summary>
    public static bool InWindow(SourceOptions options, DateTimeOffset kickOff, DateTimeOffset now) =>
        kickOff - options.LookAhead <= now && now < kickOff + options.InPlayFor;

    /// <summary>The interval between polls: the narrowest burst band holding the time to kick-off; in play, the fastest.</summary>
    public static TimeSpan IntervalFor(SourceOptions options, DateTimeOffset kickOff, DateTimeOffset now)
    {
        var untilKickOff = kickOff - now;
        var band = options.Bursts
            .Where(b => untilKickOff <= b.Within)
            .OrderBy(b => b.Within)
            .FirstOrDefault();
        return band?.Every ?? options.DefaultInterval;
    }

    /// <summary>
    /// Whether a fixture last polled at <paramref name="lastPolled"/> is due. The distance to kick-off is measured on
    /// the source's clock (<paramref name="sourceNow"/>: a simulated world may run ahead or paused), the interval on the
    /// wall clock (<paramref name="wallNow"/>), because it paces real requests against the source's rate limits.
    /// </summary>
    public static bool IsDue(SourceOptions options, DateTimeOffset kickOff, DateTimeOffset sourceNow, DateTimeOffset? lastPolled, DateTimeOffset wallNow) =>
        lastPolled is not { } last || wallNow - last >= IntervalFor(options, kickOff, sourceNow);
}

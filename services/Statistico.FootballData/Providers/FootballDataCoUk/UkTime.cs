namespace Statistico.FootballData.Providers.FootballDataCoUk;

/// <summary>
/// football-data.co.uk writes kick-off times in UK time. The UK rule (BST from 01:00 UTC on the last Sunday of March to
/// 01:00 UTC on the last Sunday of October) is written out here so the import does not depend on the host's tzdata
/// (slim container images have none) and gives the same UTC instant everywhere.
/// </summary>
internal static class UkTime
{
    /// <summary>The nominal kick-off used when a file has only a date (before 2019/20): 15:00, the traditional slot.</summary>
    public static readonly TimeOnly NominalKickOff = new(15, 0);

    public static DateTimeOffset ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        var asUtc = new DateTimeOffset(local, TimeSpan.Zero);
        var summerStarts = LastSunday(date.Year, 3).ToDateTime(new TimeOnly(1, 0));
        var summerEnds = LastSunday(date.Year, 10).ToDateTime(new TimeOnly(1, 0));
        // Compare in UTC terms: during BST local = UTC + 1.
        var utcIfSummer = local.AddHours(-1);
        return utcIfSummer >= summerStarts && utcIfSummer < summerEnds ? asUtc.AddHours(-1) : asUtc;
    }

    private static DateOnly LastSunday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}

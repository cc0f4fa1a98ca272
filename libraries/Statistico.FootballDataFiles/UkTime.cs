namespace Statistico.FootballDataFiles;

/// <summary>
/// football-data.co.uk writes dates and kick-off times in UK local time. The UK rule (BST from 01:00 UTC on the last
/// Sunday of March to 01:00 UTC on the last Sunday of October) is written out here, not looked up in the host's tzdata,
/// because slim container images have none and every reader must give the same instant everywhere.
/// </summary>
/// <remarks>
/// Local times that do not exist or exist twice are resolved, never refused, so a file cannot fail on them (no
/// fixture kicks off between 01:00 and 02:00, so neither rule has ever moved a real match):
/// <list type="bullet">
/// <item>the skipped hour (01:00–01:59 on the March Sunday) reads as GMT, the offset in force before the change:
/// 01:30 is 01:30 UTC, the instant a clock not yet put forward would show;</item>
/// <item>the repeated hour (01:00–01:59 on the October Sunday) reads as its first occurrence, still BST:
/// 01:30 is 00:30 UTC.</item>
/// </list>
/// </remarks>
public static class UkTime
{
    /// <summary>The nominal kick-off used when a file has only a date (before 2019/20): 15:00, the traditional slot.</summary>
    public static readonly TimeOnly NominalKickOff = new(15, 0);

    private static readonly TimeOnly ChangeAtUtc = new(1, 0);

    /// <summary>The UTC instant of a UK local date and time (see the remarks for the two hours a year that need a rule).</summary>
    public static DateTimeOffset ToUtc(DateOnly date, TimeOnly time)
    {
        var local = new DateTimeOffset(date.ToDateTime(time, DateTimeKind.Unspecified), TimeSpan.Zero);
        // Suppose BST (local = UTC + 1) and check the supposed instant against the summer's UTC bounds.
        var ifSummer = local.AddHours(-1);
        return IsSummer(ifSummer) ? ifSummer : local;
    }

    /// <summary>The kick-off in UTC of a UK date and time, 15:00 UK when the file gives no time.</summary>
    public static DateTimeOffset KickOffUtc(DateOnly date, TimeOnly? time) => ToUtc(date, time ?? NominalKickOff);

    /// <summary>The UK local date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return DateOnly.FromDateTime((IsSummer(utc) ? utc.AddHours(1) : utc).DateTime);
    }

    private static bool IsSummer(DateTimeOffset utc)
    {
        var year = utc.Year;
        var starts = new DateTimeOffset(LastSunday(year, 3).ToDateTime(ChangeAtUtc), TimeSpan.Zero);
        var ends = new DateTimeOffset(LastSunday(year, 10).ToDateTime(ChangeAtUtc), TimeSpan.Zero);
        return utc >= starts && utc < ends;
    }

    private static DateOnly LastSunday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}

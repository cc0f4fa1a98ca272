namespace Statistico.Messaging.Scheduling;

/// <summary>One recurring job's schedule, bound from <c>Scheduler:RecurringJobs:{name}</c>.</summary>
public sealed class RecurringJobOptions
{
    /// <summary>A Quartz cron expression (seconds first), e.g. <c>0 */5 * * * ?</c> for every five minutes.</summary>
    public string? Cron { get; set; }

    /// <summary>IANA time zone the cron expression is read in; UTC when unset.</summary>
    public string? TimeZone { get; set; }

    /// <summary>
    /// Also runs the job once as soon as the scheduler starts (on whichever replica starts), instead of first waiting for
    /// the cron's next firing: for a poll whose answer everything downstream waits for, such as upcoming fixtures.
    /// </summary>
    public bool RunOnStart { get; set; }
}

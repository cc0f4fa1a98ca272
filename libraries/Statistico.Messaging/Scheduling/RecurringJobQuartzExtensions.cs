using Microsoft.Extensions.Configuration;
using Quartz;

namespace Statistico.Messaging.Scheduling;

/// <summary>Plain recurring Quartz jobs (polling, ingestion) on the clustered scheduler.</summary>
public static class RecurringJobQuartzExtensions
{
    /// <summary>The Quartz group of every recurring job and its triggers; each firing in it is claimed before it runs.</summary>
    public const string Group = "recurring-jobs";

    /// <summary>
    /// Runs <typeparamref name="TJob"/> on the cron schedule in <c>Scheduler:RecurringJobs:{jobName}:Cron</c> (and once at
    /// start when <c>RunOnStart</c> is true).
    /// Each firing runs on exactly one replica (the cluster shares one trigger, and a firing Quartz repeats after a
    /// false failover is vetoed by its claim, ADR 0049), never two runs at once, and firings missed while the cluster
    /// was down are skipped: the next one polls anyway.
    /// </summary>
    public static IQuartzBuilder AddStatisticoRecurringJob<TJob>(this IQuartzBuilder quartz, IConfiguration configuration, string jobName)
        where TJob : class, IJob
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(configuration);
        var path = $"{SchedulerOptions.SectionName}:RecurringJobs:{jobName}";
        var options = configuration.GetSection(path).Get<RecurringJobOptions>() ?? new RecurringJobOptions();
        if (string.IsNullOrWhiteSpace(options.Cron))
        {
            throw new InvalidOperationException($"{path}:Cron is not set; a recurring job needs a Quartz cron expression.");
        }

        return quartz.AddStatisticoRecurringJob<TJob>(jobName, options);
    }

    /// <summary>Runs <typeparamref name="TJob"/> on <paramref name="options"/>' cron schedule (for schedules a service keeps in its own configuration section).</summary>
    public static IQuartzBuilder AddStatisticoRecurringJob<TJob>(this IQuartzBuilder quartz, string jobName, RecurringJobOptions options)
        where TJob : class, IJob
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Cron))
        {
            throw new InvalidOperationException($"Recurring job {jobName} has no cron expression: a recurring job needs a Quartz cron expression (seconds first, e.g. 0 */5 * * * ?).");
        }

        var timeZone = string.IsNullOrWhiteSpace(options.TimeZone) ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        var key = new JobKey(jobName, Group);
        quartz.AddJob<TJob>(job => job.WithIdentity(key).StoreDurably().DisallowConcurrentExecution());
        quartz.AddTrigger(trigger => trigger
            .ForJob(key)
            .WithIdentity(jobName, Group)
            .WithSchedule(CronScheduleBuilder.Create(options.Cron)
                .InTimeZone(timeZone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)));
        if (options.RunOnStart)
        {
            // A one-shot trigger: Quartz deletes it once fired, and each start stores it afresh (replacing one another
            // replica stored but that has not fired yet), so every start of the cluster polls once at once.
            quartz.AddTrigger(trigger => trigger
                .ForJob(key)
                .WithIdentity(jobName + "-on-start", Group)
                .StartNow()
                .WithSimpleSchedule(schedule => schedule.WithRepeatCount(0).WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)));
        }

        return quartz;
    }
}

namespace Statistico.Messaging.Scheduling;

/// <summary>Scheduler settings, bound from the <c>Scheduler</c> configuration section.</summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>
    /// The scheduler queue. A service that hosts a scheduler consumes it (default <c>{database}-scheduler</c>, e.g.
    /// <c>trader-scheduler</c>: each hosting service has its own, since its jobs live in its own database). A
    /// service that only schedules sets it to the queue of the service whose scheduler it uses.
    /// </summary>
    public string? QueueName { get; set; }

    /// <summary>
    /// Quartz's scheduler name (<c>sched_name</c> in every table). Every replica of a service must use the same one:
    /// the name is what makes them one cluster.
    /// </summary>
    public string InstanceName { get; set; } = "statistico";

    /// <summary>Jobs that may run at once on one node (scheduled sends are short, so a few are plenty).</summary>
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>How often a node records that it is alive; a node silent for longer is recovered by another.</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);

    /// <summary>How long past a missed check-in the others wait before taking a node's work over.</summary>
    public TimeSpan CheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How late a trigger may fire before it counts as misfired (then its misfire instruction applies).</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long an idle node waits before looking at the store again. A trigger stored by another node (or before
    /// a restart) is noticed within this time, so it bounds how late such a timeout can be. Quartz refuses less than 1 s.
    /// </summary>
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a sent or cancelled one-off schedule is remembered (as a job without a send trigger), so that a
    /// redelivered request for it, or a request overtaken by its own cancel, schedules nothing.
    /// </summary>
    public TimeSpan CompletedRetention { get; set; } = TimeSpan.FromDays(7);
}

namespace Statistico.Messaging.Scheduling;

/// <summary>
/// The table of the last firing each recurring job ran (ADR 0049): one row per job, in the <c>quartz</c> schema beside
/// Quartz's own tables, created by a service's migration (<see cref="QuartzSchemaMigrationExtensions.CreateRecurringJobFirings"/>).
/// </summary>
public static class RecurringJobFirings
{
    public const string TableName = QuartzSchema.SchemaName + ".recurring_job_firings";

    public static string CreateStatement { get; } =
        $"CREATE TABLE IF NOT EXISTS {TableName} (" +
        "sched_name text not null, job_group text not null, job_name text not null, " +
        "scheduled_at timestamptz not null, instance_id text not null, claimed_at timestamptz not null, " +
        "primary key (sched_name, job_group, job_name))";

    public static string DropStatement { get; } = $"DROP TABLE IF EXISTS {TableName}";

    /// <summary>
    /// Claims a firing ($4 its scheduled time) for one job ($1–$3) and node ($5): it returns a row when the job had no
    /// firing yet or only earlier ones. A second firing of the same time, or a late one, updates nothing and returns
    /// none; a copy racing the first waits on the row and then sees the first's time (Postgres re-checks the
    /// <c>WHERE</c> of <c>ON CONFLICT DO UPDATE</c> on the committed row).
    /// </summary>
    public static string ClaimStatement { get; } =
        $"INSERT INTO {TableName} AS firing (sched_name, job_group, job_name, scheduled_at, instance_id, claimed_at) " +
        "VALUES ($1, $2, $3, $4, $5, now()) " +
        "ON CONFLICT (sched_name, job_group, job_name) DO UPDATE " +
        "SET scheduled_at = excluded.scheduled_at, instance_id = excluded.instance_id, claimed_at = excluded.claimed_at " +
        "WHERE firing.scheduled_at < excluded.scheduled_at " +
        "RETURNING true";
}

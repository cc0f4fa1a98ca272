namespace Statistico.Messaging.Scheduling;

/// <summary>
/// Quartz 4.7.3's PostgreSQL job store tables, in a <c>quartz</c> schema of the service's own database, as plain
/// DDL. Each service's EF Core migration creates them (<see cref="QuartzSchemaMigrationExtensions"/>), so the
/// schema is versioned with the service and Quartz itself only validates it at start-up (it never creates or
/// alters tables in production). The column layout follows the Quartz 4 PostgreSQL schema exactly: the job
/// store reads and writes these names, so a change here must follow a Quartz upgrade, in a new migration.
/// </summary>
public static class QuartzSchema
{
    /// <summary>The Postgres schema holding Quartz's tables, kept apart from the service's own.</summary>
    public const string SchemaName = "quartz";

    /// <summary>Quartz's table prefix, schema-qualified; the job store's <c>TablePrefix</c>.</summary>
    public const string TablePrefix = SchemaName + ".qrtz_";

    private const string Key = "sched_name text not null, ";

    /// <summary>Every statement, in order; each is idempotent (IF NOT EXISTS) so a re-run changes nothing.</summary>
    public static IReadOnlyList<string> CreateStatements { get; } =
    [
        $"CREATE SCHEMA IF NOT EXISTS {SchemaName}",
        Table("job_details",
            Key + "job_name text not null, job_group text not null, description text null, job_class_name text not null, " +
            "is_durable bool not null, is_nonconcurrent bool not null, is_update_data bool not null, " +
            "requests_recovery bool not null, job_data bytea null, primary key (sched_name, job_name, job_group)"),
        Table("triggers",
            Key + "trigger_name text not null, trigger_group text not null, job_name text not null, job_group text not null, " +
            "description text null, next_fire_time bigint null, prev_fire_time bigint null, priority integer null, " +
            "trigger_state text not null, trigger_type text not null, start_time bigint not null, end_time bigint null, " +
            "calendar_name text null, misfire_instr smallint null, misfire_orig_fire_time bigint null, " +
            "execution_group varchar(200) null, preferred_node varchar(200) null, preferred_node_auto bool not null default false, " +
            "retry_policy varchar(250) null, retry_attempt integer null, continues_trigger_name text null, " +
            "continues_trigger_group text null, continuation_condition integer null, overlap_policy integer null, " +
            "pause_reason varchar(250) null, paused_by varchar(200) null, paused_at bigint null, misfire_threshold bigint null, " +
            "fixed_delay bool null, job_data bytea null, primary key (sched_name, trigger_name, trigger_group), " +
            $"foreign key (sched_name, job_name, job_group) references {TablePrefix}job_details (sched_name, job_name, job_group)"),
        TriggerDetail("simple_triggers", "repeat_count bigint not null, repeat_interval bigint not null, times_triggered bigint not null"),
        TriggerDetail("cron_triggers", "cron_expression text not null, time_zone_id text null"),
        TriggerDetail("simprop_triggers",
            "str_prop_1 text null, str_prop_2 text null, str_prop_3 text null, int_prop_1 integer null, int_prop_2 integer null, " +
            "long_prop_1 bigint null, long_prop_2 bigint null, dec_prop_1 numeric null, dec_prop_2 numeric null, " +
            "bool_prop_1 bool null, bool_prop_2 bool null, time_zone_id text null"),
        TriggerDetail("blob_triggers", "blob_data bytea null"),
        Table("calendars", Key + "calendar_name text not null, calendar bytea not null, primary key (sched_name, calendar_name)"),
        Table("paused_trigger_grps",
            Key + "trigger_group text not null, pause_reason varchar(250) null, paused_by varchar(200) null, " +
            "paused_at bigint null, primary key (sched_name, trigger_group)"),
        Table("paused_job_grps",
            Key + "job_group text not null, pause_reason varchar(250) null, paused_by varchar(200) null, " +
            "paused_at bigint null, primary key (sched_name, job_group)"),
        Table("fired_triggers",
            Key + "entry_id text not null, trigger_name text not null, trigger_group text not null, instance_name text not null, " +
            "fired_time bigint not null, sched_time bigint not null, priority integer not null, state text not null, " +
            "job_name text null, job_group text null, is_nonconcurrent bool not null, requests_recovery bool null, " +
            "execution_group varchar(200) null, progress integer null, progress_message varchar(250) null, " +
            "interrupt_requested_time bigint null, primary key (sched_name, entry_id)"),
        Table("scheduler_state",
            Key + "instance_name text not null, last_checkin_time bigint not null, checkin_interval bigint not null, " +
            "quartz_version varchar(20) null, primary key (sched_name, instance_name)"),
        Table("locks", Key + "lock_name text not null, primary key (sched_name, lock_name)"),
        Table("execution_history",
            Key + "entry_id text not null, instance_name text not null, job_name text not null, job_group text not null, " +
            "trigger_name text not null, trigger_group text not null, fired_time bigint not null, run_time bigint not null, " +
            "succeeded bool not null, error_message text null, retry_attempt integer not null default 0, " +
            "retry_scheduled bool not null default false, execution_log text null, result integer null, summary text null, " +
            "metrics text null, manual bool null, fire_instance_id text null, job_input text null, " +
            "job_input_too_large bool null, primary key (sched_name, entry_id)"),
        Table("misfire_history",
            Key + "entry_id text not null, instance_name text not null, trigger_name text not null, trigger_group text not null, " +
            "job_name text null, job_group text null, misfire_time bigint not null, sched_time bigint null, reason integer null, " +
            "primary key (sched_name, entry_id)"),
        Table("job_status",
            Key + "job_group text not null, job_name text not null, first_fired_time bigint not null, last_fired_time bigint not null, " +
            "last_result integer not null, last_run_time bigint not null, last_instance_name text not null, " +
            "last_entry_id text null, last_summary text null, last_success_time bigint null, last_failure_time bigint null, " +
            "last_failure_message text null, consecutive_failures integer not null default 0, run_count bigint not null default 0, " +
            "failure_count bigint not null default 0, primary key (sched_name, job_group, job_name)"),
        Index("j_g_n", "job_details", "sched_name, job_group, job_name"),
        Index("t_j", "triggers", "sched_name, job_name, job_group"),
        Index("t_g_n", "triggers", "sched_name, trigger_group, trigger_name"),
        Index("t_c", "triggers", "sched_name, calendar_name"),
        // The acquisition query: next waiting triggers by time, then priority.
        Index("t_nft_st", "triggers", "sched_name, trigger_state, next_fire_time asc, priority desc, misfire_instr"),
        Index("ft_inst_job_req_rcvry", "fired_triggers", "sched_name, instance_name, requests_recovery"),
        Index("ft_j_g", "fired_triggers", "sched_name, job_name, job_group"),
        Index("ft_t_g", "fired_triggers", "sched_name, trigger_name, trigger_group"),
        Index("eh_fired_time", "execution_history", "sched_name, fired_time"),
        Index("eh_inst", "execution_history", "sched_name, instance_name"),
        Index("eh_job_time", "execution_history", "sched_name, job_group, job_name, fired_time"),
        Index("eh_fire_inst", "execution_history", "sched_name, fire_instance_id"),
        Index("eh_trig_time", "execution_history", "sched_name, trigger_group, trigger_name, fired_time"),
        Index("mh_misfire_time", "misfire_history", "sched_name, misfire_time"),
        Index("mh_inst", "misfire_history", "sched_name, instance_name"),
    ];

    /// <summary>Removes the whole schema (a migration's Down).</summary>
    public static string DropStatement => $"DROP SCHEMA IF EXISTS {SchemaName} CASCADE";

    private static string Table(string name, string columns) => $"CREATE TABLE IF NOT EXISTS {TablePrefix}{name} ({columns})";

    // The per-type trigger tables hang off their trigger row and go with it.
    private static string TriggerDetail(string name, string columns) => Table(name,
        Key + "trigger_name text not null, trigger_group text not null, " + columns + ", " +
        "primary key (sched_name, trigger_name, trigger_group), " +
        $"foreign key (sched_name, trigger_name, trigger_group) references {TablePrefix}triggers (sched_name, trigger_name, trigger_group) on delete cascade");

    // Index names cannot be schema-qualified; Postgres puts an index in its table's schema.
    private static string Index(string suffix, string table, string columns) =>
        $"CREATE INDEX IF NOT EXISTS idx_qrtz_{suffix} ON {TablePrefix}{table} ({columns})";
}

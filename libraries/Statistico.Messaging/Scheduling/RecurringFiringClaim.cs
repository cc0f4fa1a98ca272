using Npgsql;
using Quartz;

namespace Statistico.Messaging.Scheduling;

/// <summary>
/// Lets a recurring job's firing run only when it claims its scheduled time in <see cref="RecurringJobFirings"/>, so
/// each firing runs once across the cluster even when Quartz fires it twice: a node that is slow, not dead, is
/// recovered by another (its acquired trigger released and fired again) and then fires it too (ADR 0049). The claim
/// commits before the job starts; a job that then fails is not run again for that firing (Quartz does not recover a
/// recurring job's execution either), the next firing runs.
/// </summary>
internal sealed class RecurringFiringClaim(NpgsqlDataSource dataSource) : ITriggerListener
{
    /// <summary>The DI key of the claims' own data source.</summary>
    public const string DataSourceKey = "statistico-recurring-firing-claims";

    public string Name => "statistico-recurring-firing-claim";

    public async ValueTask<bool> VetoJobExecution(ITrigger trigger, IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(context);
        await using var command = dataSource.CreateCommand(RecurringJobFirings.ClaimStatement);
        command.Parameters.Add(new NpgsqlParameter { Value = context.Scheduler.SchedulerName });
        command.Parameters.Add(new NpgsqlParameter { Value = trigger.JobKey.Group });
        command.Parameters.Add(new NpgsqlParameter { Value = trigger.JobKey.Name });
        command.Parameters.Add(new NpgsqlParameter { Value = (context.ScheduledFireTimeUtc ?? context.FireTimeUtc).UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter { Value = context.Scheduler.SchedulerInstanceId });
        var claimed = await command.ExecuteScalarAsync(cancellationToken) is true;
        return !claimed;
    }

    public ValueTask TriggerFired(ITrigger trigger, IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask TriggerComplete(
        ITrigger trigger, IJobExecutionContext context, SchedulerInstruction triggerInstructionCode, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;
}

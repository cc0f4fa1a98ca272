using MassTransit.Scheduling;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>A MassTransit recurring schedule that fires every second, in UTC.</summary>
public sealed class EverySecondSchedule(string scheduleId) : RecurringSchedule
{
    public string TimeZoneId => "UTC";

    public DateTimeOffset StartTime { get; } = DateTimeOffset.UtcNow;

    public DateTimeOffset? EndTime => null;

    public string ScheduleId => scheduleId;

    public string ScheduleGroup => "tests";

    public string CronExpression => "0/1 * * * * ?";

    public string Description => "every second";

    public MissedEventPolicy MisfirePolicy => MissedEventPolicy.Skip;
}

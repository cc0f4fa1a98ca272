namespace Statistico.Messaging.Scheduling;

/// <summary>
/// The queue of the scheduler this service hosts, registered by <c>AddStatisticoScheduler</c> so the bus side
/// (<c>AddStatisticoScheduling</c>) consumes and schedules through the same queue.
/// </summary>
/// <param name="Name">The queue's name, e.g. <c>trader-scheduler</c>.</param>
public sealed record SchedulerEndpoint(string Name)
{
    /// <summary>The queue as MassTransit addresses it.</summary>
    public Uri Address => new($"queue:{Name}");

    /// <summary>The default queue of a scheduler whose jobs live in the database named <paramref name="connectionStringName"/>.</summary>
    public static SchedulerEndpoint ForDatabase(string connectionStringName) => new($"{connectionStringName}-scheduler");
}

using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Tests.Support;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>
/// The transactional outbox and inbox beside the hosted scheduler, as a service that has both wires them: every
/// endpoint the bus configures gets the inbox, so the scheduler's own queue is among them unless excluded.
/// </summary>
public static class ScheduledOutbox
{
    /// <summary>
    /// Creates the outbox tables. Call before the scheduler host starts: EF's EnsureCreated does nothing once the
    /// Quartz migration has put any table in the database.
    /// </summary>
    public static Task CreateSchemaAsync(IsolatedDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return MessagingHost.CreateSchemaAsync(database.ConnectionString);
    }

    /// <summary>The service-collection and bus lines, for <see cref="SchedulerTestHost.StartAsync"/>'s extra.</summary>
    public static void Add(IServiceCollection services, IBusRegistrationConfigurator bus, IsolatedDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        services.AddDbContext<MessagingDbContext>(options => options.UseNpgsql(database.ConnectionString));
        bus.AddStatisticoOutbox<MessagingDbContext>();
    }
}

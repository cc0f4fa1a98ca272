using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Messaging.Scheduling;
using Statistico.Messaging.Tests.Support;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>
/// A timeout that falls due while the broker is unreachable is late, never lost. Delivery is at least once: a send
/// whose publisher confirmation is lost in the cut is sent again, and then both copies carry one message id, so
/// the reminder consumer, behind the inbox as a service's consumers are, processes it exactly once.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BrokerOutageTests(TestInfrastructure infrastructure)
{
    [Fact]
    public async Task A_message_due_while_the_broker_is_unreachable_is_sent_when_it_is_back_under_one_message_id()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("brokeroutage");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("brokeroutage");
        await using var proxy = new TcpProxy(infrastructure.Endpoints.Messaging.Host, infrastructure.Endpoints.Messaging.Port);
        var journal = new ReminderJournal();
        await ScheduledOutbox.CreateSchemaAsync(database);
        await using var host = await SchedulerTestHost.StartAsync(
            database, virtualHost, journal, ct, extra: (services, bus) => ScheduledOutbox.Add(services, bus, database), brokerUri: virtualHost.BrokerUriThrough(proxy.Port));
        var reminder = new Reminder(Guid.NewGuid(), "due in the outage");

        await using (var scope = host.Services.CreateAsyncScope())
        {
            // As a service schedules: through the outbox, committed with its own changes.
            await scope.ServiceProvider.GetRequiredService<IMessageScheduler>()
                .ScheduleSend(SchedulerTestHost.ReminderQueue, DateTime.UtcNow.AddSeconds(2), reminder, ct);
            await scope.ServiceProvider.GetRequiredService<MessagingDbContext>().SaveChangesAsync(ct);
        }

        Assert.True(
            await Eventually.HoldsAsync(async () => await QuartzTables.CountTriggersAsync(database.ConnectionString, ScheduledTriggers.MessageGroup, ct) == 1, TimeSpan.FromSeconds(10), ct),
            "the schedule was never stored");
        proxy.Cut();
        await Task.Delay(TimeSpan.FromSeconds(5), ct); // it falls due, and its send fails, while the broker is gone
        Assert.Empty(journal.Delivered);
        proxy.Restore();

        Assert.True(await Eventually.HoldsAsync(() => journal.CountOf(reminder.Id) > 0, TimeSpan.FromSeconds(60), ct), "the reminder was lost in the outage");
        var delivered = journal.Delivered.Single(d => d.Id == reminder.Id);
        // The inbox row is committed with the consume: the first copy is done; a resent copy would be counted on it.
        await InboxEvidence.ConsumedAsync(database.ConnectionString, delivered.MessageId!.Value, 1, TimeSpan.FromSeconds(30), ct);
        await Task.Delay(TimeSpan.FromSeconds(2), ct); // room for a resent copy to arrive
        Assert.Single(journal.Delivered, d => d.Id == reminder.Id);
        await host.StopAsync(ct);
    }
}

using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Messaging.Outbox;
using Statistico.Testing;

namespace Statistico.Messaging.Benchmarks;

/// <summary>
/// Messages/s published from outside a consumer (an API request's DI scope), 16 units of work at a time, straight to
/// the broker or through the bus outbox and its relay (a second host, as a service's API process would be); clock until a
/// plain consumer received them all. With <c>minimalOutboxRowBytes</c> (the relay ceiling), every straight publish is
/// preceded by <see cref="MinimalDurableSql"/>'s committed outbox row of that body size, and the clock runs until its
/// relay deleted the last row too.
/// </summary>
internal static class PublishScenario
{
    /// <summary>The scenario and the size of the bodies the consumer received.</summary>
    public static async Task<(Scenario Scenario, long BodyBytes)> RunAsync(
        TestInfrastructure infrastructure, string name, int messages, bool throughOutbox, long? minimalOutboxRowBytes = null)
    {
        await using var database = await infrastructure.CreateDatabaseAsync("bench");
        await using var vhost = await infrastructure.CreateVirtualHostAsync("bench");
        await using var sql = minimalOutboxRowBytes is null ? null : await MinimalDurableSql.StartAsync(database.ConnectionString);
        var rowBody = new string('x', (int)(minimalOutboxRowBytes ?? 0));
        var rowType = MessageUrn.ForTypeString<BenchFinished>();
        var counter = new FinishedCounter();
        // The receiving side is the same plain MassTransit consumer in both cases (no inbox: the inbox is the consume
        // path's cost, measured by the saga scenarios), so the two differ only in how a publish reaches the broker.
        using var host = await BenchHost.StartAsync(database.ConnectionString, vhost.BrokerUri, counter, _ => { });
        using var publisher = throughOutbox
            ? await BenchHost.StartAsync(database.ConnectionString, vhost.BrokerUri, counter, bus => bus.AddStatisticoOutbox<BenchDbContext>(), consumeFinished: false)
            : null;
        var publishing = publisher ?? host;
        var finished = counter.Expect(messages);
        var clock = ScenarioClock.Start();
        // One message per unit of work, like an API request that changes state and publishes an event.
        await Parallel.ForEachAsync(Enumerable.Range(0, messages), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (_, ct) =>
        {
            await using var scope = publishing.Services.CreateAsyncScope();
            var message = new BenchFinished(Guid.NewGuid());
            if (sql is not null)
            {
                await sql.StoreOutboxRowAsync(message.Id, rowType, rowBody, ct);
            }

            await scope.ServiceProvider.GetRequiredService<IPublishEndpoint>().Publish(message, ct);
            if (throughOutbox)
            {
                await scope.ServiceProvider.GetRequiredService<BenchDbContext>().SaveChangesAsync(ct);
            }
        });
        await finished.WaitAsync(TimeSpan.FromMinutes(10));
        if (sql is not null)
        {
            await sql.Relay.DrainedAsync(TimeSpan.FromMinutes(1));
        }

        var scenario = clock.Stop(name, messages);
        if (publisher is not null)
        {
            await publisher.StopAsync();
        }

        await host.StopAsync();
        return (scenario, counter.BodyBytes);
    }
}

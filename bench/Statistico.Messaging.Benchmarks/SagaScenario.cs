using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Testing;

namespace Statistico.Messaging.Benchmarks;

/// <summary>
/// Saga transitions/s: <c>sagas</c> instances, each driven through four transitions, each transition publishing the
/// next event; clock from the first publish to the last <see cref="BenchFinished"/>. With <c>minimalSql</c> (the
/// durable-saga ceiling), every event also runs <see cref="MinimalDurableSql"/>'s transition, the least SQL a durable
/// design adds to <c>configure</c>'s bus, and the clock runs until its relay deleted the last outbox row too.
/// </summary>
internal static class SagaScenario
{
    public static async Task<Scenario> RunAsync(
        TestInfrastructure infrastructure, string name, int sagas, Action<IBusRegistrationConfigurator> configure, bool minimalSql = false)
    {
        await using var database = await infrastructure.CreateDatabaseAsync("bench");
        await using var vhost = await infrastructure.CreateVirtualHostAsync("bench");
        await using var sql = minimalSql ? await MinimalDurableSql.StartAsync(database.ConnectionString) : null;
        var counter = new FinishedCounter();
        using var host = await BenchHost.StartAsync(database.ConnectionString, vhost.BrokerUri, counter, registration =>
        {
            configure(registration);
            if (sql is not null)
            {
                registration.AddConfigureEndpointsCallback((_, _, endpoint) => endpoint.UseFilter(new MinimalTransitionFilter(sql)));
            }
        });
        var bus = host.Services.GetRequiredService<IBus>();
        var finished = counter.Expect(sagas);
        var clock = ScenarioClock.Start();
        await Parallel.ForEachAsync(Enumerable.Range(0, sagas), async (_, ct) => await bus.Publish(new BenchStarted(Guid.NewGuid()), ct));
        await finished.WaitAsync(TimeSpan.FromMinutes(10));
        if (sql is not null)
        {
            await sql.Relay.DrainedAsync(TimeSpan.FromMinutes(1));
        }

        var scenario = clock.Stop(name, sagas * 4);
        await host.StopAsync();
        return scenario;
    }
}

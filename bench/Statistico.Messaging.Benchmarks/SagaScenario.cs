using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Testing;

namespace Statistico.Messaging.Benchmarks;

/// <summary>
/// Saga transitions/s: <c>sagas</c> instances, each driven through four transitions, each transition publishing the
/// next event; clock from the first publish to the last <see cref="BenchFinished"/>.
/// </summary>
internal static class SagaScenario
{
    public static async Task<Scenario> RunAsync(TestInfrastructure infrastructure, string name, int sagas, Action<IBusRegistrationConfigurator> configure)
    {
        await using var database = await infrastructure.CreateDatabaseAsync("bench");
        await using var vhost = await infrastructure.CreateVirtualHostAsync("bench");
        var counter = new FinishedCounter();
        using var host = await BenchHost.StartAsync(database.ConnectionString, vhost.BrokerUri, counter, configure);
        var bus = host.Services.GetRequiredService<IBus>();
        var finished = counter.Expect(sagas);
        var clock = ScenarioClock.Start();
        await Parallel.ForEachAsync(Enumerable.Range(0, sagas), async (_, ct) => await bus.Publish(new BenchStarted(Guid.NewGuid()), ct));
        await finished.WaitAsync(TimeSpan.FromMinutes(10));
        var scenario = clock.Stop(name, sagas * 4);
        await host.StopAsync();
        return scenario;
    }
}

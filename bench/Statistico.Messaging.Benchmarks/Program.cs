using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Messaging.Benchmarks;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Sagas;
using Statistico.Testing;

// Usage: dotnet run -c Release --project bench/Statistico.Messaging.Benchmarks [sagas] [messages]
var sagas = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1000;
var messages = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5000;
var infrastructure = new TestInfrastructure();
await infrastructure.InitializeAsync();
var results = new List<Scenario>();

async Task<Scenario> RunSagasAsync(string name, Action<IBusRegistrationConfigurator> configure)
{
    await using var database = await infrastructure.CreateDatabaseAsync("bench");
    await using var vhost = await infrastructure.CreateVirtualHostAsync("bench");
    var counter = new FinishedCounter();
    using var host = await BenchHost.StartAsync(database.ConnectionString, vhost.BrokerUri, counter, configure);
    var bus = host.Services.GetRequiredService<IBus>();
    var finished = counter.Expect(sagas);
    var clock = Stopwatch.StartNew();
    await Parallel.ForEachAsync(Enumerable.Range(0, sagas), async (_, ct) => await bus.Publish(new BenchStarted(Guid.NewGuid()), ct));
    await finished.WaitAsync(TimeSpan.FromMinutes(10));
    var scenario = new Scenario(name, sagas * 4, clock.Elapsed);
    await host.StopAsync();
    return scenario;
}

async Task<Scenario> RunPublishAsync(string name, bool throughOutbox)
{
    await using var database = await infrastructure.CreateDatabaseAsync("bench");
    await using var vhost = await infrastructure.CreateVirtualHostAsync("bench");
    var counter = new FinishedCounter();
    using var host = await BenchHost.StartAsync(database.ConnectionString, vhost.BrokerUri, counter, bus =>
    {
        if (throughOutbox)
        {
            bus.AddStatisticoOutbox<BenchDbContext>();
        }
    });
    var finished = counter.Expect(messages);
    var clock = Stopwatch.StartNew();
    // One message per unit of work, like an API request that changes state and publishes an event.
    await Parallel.ForEachAsync(Enumerable.Range(0, messages), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (_, ct) =>
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IPublishEndpoint>().Publish(new BenchFinished(Guid.NewGuid()), ct);
        if (throughOutbox)
        {
            await scope.ServiceProvider.GetRequiredService<BenchDbContext>().SaveChangesAsync(ct);
        }
    });
    await finished.WaitAsync(TimeSpan.FromMinutes(10));
    var scenario = new Scenario(name, messages, clock.Elapsed);
    await host.StopAsync();
    return scenario;
}

// Every saga scenario holds its publishes until the state is saved (otherwise the next event can overtake the
// commit): MassTransit's in-memory outbox for the in-memory baseline, Statistico's durable outbox for Postgres.
results.Add(await RunSagasAsync("saga, MassTransit in-memory repository + in-memory outbox (baseline)", bus =>
{
    bus.AddSagaStateMachine<BenchStateMachine, BenchState>().InMemoryRepository();
    bus.AddConfigureEndpointsCallback((context, _, endpoint) => endpoint.UseInMemoryOutbox(context));
}));
results.Add(await RunSagasAsync("saga, Postgres optimistic + durable outbox/inbox", bus =>
{
    bus.AddSagaStateMachine<BenchStateMachine, BenchState>().PostgresRepository<BenchState, BenchDbContext>();
    bus.AddStatisticoOutbox<BenchDbContext>();
}));
results.Add(await RunSagasAsync("saga, Postgres pessimistic + durable outbox/inbox", bus =>
{
    bus.AddSagaStateMachine<BenchStateMachine, BenchState>().PostgresRepository<BenchState, BenchDbContext>(SagaConcurrencyMode.Pessimistic);
    bus.AddStatisticoOutbox<BenchDbContext>();
}));
results.Add(await RunPublishAsync("publish, straight to the broker", throughOutbox: false));
results.Add(await RunPublishAsync("publish, bus outbox + relay (commit, then deliver)", throughOutbox: true));

await infrastructure.DisposeAsync();
Console.WriteLine($"| scenario | operations | seconds | per second |");
Console.WriteLine($"|---|---:|---:|---:|");
foreach (var result in results)
{
    Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"| {result.Name} | {result.Operations} | {result.Elapsed.TotalSeconds:0.0} | {result.PerSecond:0} |"));
}

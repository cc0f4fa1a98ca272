using System.Globalization;
using MassTransit;
using Statistico.Messaging.Benchmarks;
using Statistico.Messaging.Bus;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Sagas;
using Statistico.Testing;

// Usage: dotnet run -c Release --project bench/Statistico.Messaging.Benchmarks -- [sagas] [messages] [consumer concurrency]
var sagas = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
var messages = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5000;
BenchHost.ConcurrentMessageLimit = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : null;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"consumer concurrency per endpoint: {BenchHost.ConcurrentMessageLimit ?? MessagingOptions.DefaultConcurrentMessageLimit}, prefetch {BenchHost.Prefetch}"));
var floorDuration = TimeSpan.FromSeconds(5);
var infrastructure = new TestInfrastructure();
await infrastructure.InitializeAsync();

// Every saga scenario holds its publishes until the state is saved (otherwise the next event can overtake the
// commit): MassTransit's in-memory outbox for the in-memory baseline, Statistico's durable outbox for Postgres.
void InMemory(IBusRegistrationConfigurator bus)
{
    bus.AddSagaStateMachine<BenchStateMachine, BenchState>().InMemoryRepository();
    bus.AddConfigureEndpointsCallback((context, _, endpoint) => endpoint.UseInMemoryOutbox(context));
}

void Durable(IBusRegistrationConfigurator bus, SagaConcurrencyMode mode)
{
    bus.AddSagaStateMachine<BenchStateMachine, BenchState>().PostgresRepository<BenchState, BenchDbContext>(mode);
    bus.AddStatisticoOutbox<BenchDbContext>();
}

// Warm-up, not measured: every code path JIT-compiled and tiered up before its scenario is timed, so the first
// durable scenario does not pay for compiling EF Core and Npgsql while the baseline ran on warm code.
var warmUp = Math.Max(100, sagas / 10);
await SagaScenario.RunAsync(infrastructure, "warm-up", warmUp, InMemory);
await SagaScenario.RunAsync(infrastructure, "warm-up", warmUp, bus => Durable(bus, SagaConcurrencyMode.Optimistic));
await SagaScenario.RunAsync(infrastructure, "warm-up", warmUp, bus => Durable(bus, SagaConcurrencyMode.Pessimistic));
await SagaScenario.RunAsync(infrastructure, "warm-up", warmUp, InMemory, minimalSql: true);
await PublishScenario.RunAsync(infrastructure, "warm-up", warmUp, throughOutbox: true);
var (_, warmBodyBytes) = await PublishScenario.RunAsync(infrastructure, "warm-up", warmUp, throughOutbox: false);
await PublishScenario.RunAsync(infrastructure, "warm-up", warmUp, throughOutbox: false, minimalOutboxRowBytes: warmBodyBytes);

var inMemory = await SagaScenario.RunAsync(infrastructure, "saga, MassTransit in-memory repository + in-memory outbox (baseline)", sagas, InMemory);
// The ceilings: the in-memory and straight-to-broker scenarios plus the least SQL any durable design must run for them
// (MinimalDurableSql), so the target ratios can be set beside what this machine allows at all.
var sagaCeiling = await SagaScenario.RunAsync(
    infrastructure, "durable-saga ceiling: the baseline + raw Npgsql inbox claim, saga row lock and write, outbox row (one round trip), batched claim/delete",
    sagas, InMemory, minimalSql: true);
var optimistic = await SagaScenario.RunAsync(
    infrastructure, "saga, Postgres optimistic + durable outbox/inbox", sagas, bus => Durable(bus, SagaConcurrencyMode.Optimistic));
var pessimistic = await SagaScenario.RunAsync(
    infrastructure, "saga, Postgres pessimistic + durable outbox/inbox", sagas, bus => Durable(bus, SagaConcurrencyMode.Pessimistic));
var (straight, bodyBytes) = await PublishScenario.RunAsync(infrastructure, "publish, MassTransit straight to the broker, plain consumer", messages, throughOutbox: false);
var (relayCeiling, _) = await PublishScenario.RunAsync(
    infrastructure, "relay ceiling: MassTransit straight, each publish after one committed raw Npgsql outbox row, batched claim/delete",
    messages, throughOutbox: false, minimalOutboxRowBytes: bodyBytes);
var (relayed, _) = await PublishScenario.RunAsync(infrastructure, "publish, bus outbox + relay (commit, then deliver), plain consumer", messages, throughOutbox: true);
var raw = await RawBrokerBaseline.RunAsync(
    infrastructure, $"publish, raw RabbitMQ.Client, persistent {bodyBytes} B, pipelined confirms, plain consumer acking", messages, bodyBytes, BenchHost.Prefetch);
var floor = await CommitFloor.RunAsync(
    infrastructure, $"commit floor: {BenchHost.Prefetch} Npgsql connections, one row per transaction, {floorDuration.TotalSeconds:0} s", BenchHost.Prefetch, floorDuration);
var floorOne = await CommitFloor.RunAsync(infrastructure, $"commit floor: 1 Npgsql connection, one row per transaction, {floorDuration.TotalSeconds:0} s", 1, floorDuration);
await infrastructure.DisposeAsync();

ResultTable.Print(
    [inMemory, sagaCeiling, optimistic, pessimistic, straight, relayCeiling, relayed, raw, floor, floorOne],
    [
        ("durable saga (optimistic) / in-memory saga (target ≥ 0.8)", optimistic, inMemory),
        ("durable saga (pessimistic) / in-memory saga (target ≥ 0.8)", pessimistic, inMemory),
        ("durable-saga ceiling / in-memory saga (the best a durable design reaches here)", sagaCeiling, inMemory),
        ("durable saga (optimistic) / durable-saga ceiling", optimistic, sagaCeiling),
        ("durable saga (pessimistic) / durable-saga ceiling", pessimistic, sagaCeiling),
        ("outbox relay / raw broker (target ≥ 0.5)", relayed, raw),
        ("relay ceiling / raw broker (the best an outbox reaches here)", relayCeiling, raw),
        ("outbox relay / relay ceiling", relayed, relayCeiling),
        ($"durable saga (optimistic) / commit floor ({BenchHost.Prefetch} connections)", optimistic, floor),
        ($"durable saga (pessimistic) / commit floor ({BenchHost.Prefetch} connections)", pessimistic, floor),
    ]);

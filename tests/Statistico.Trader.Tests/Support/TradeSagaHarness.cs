using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Trader.Trading;

namespace Statistico.Trader.Tests.Support;

/// <summary>
/// The trade state machine on MassTransit's in-memory test harness with an in-memory repository and the in-memory
/// transport's delayed scheduler, so every transition, duplicate and timeout can be driven message by message.
/// </summary>
internal sealed class TradeSagaHarness : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private TradeSagaHarness(ServiceProvider provider)
    {
        _provider = provider;
        Harness = provider.GetRequiredService<ITestHarness>();
        Saga = Harness.GetSagaStateMachineHarness<TradeStateMachine, TradeState>();
        Machine = provider.GetRequiredService<TradeStateMachine>();
    }

    public ITestHarness Harness { get; }

    public ISagaStateMachineTestHarness<TradeStateMachine, TradeState> Saga { get; }

    public TradeStateMachine Machine { get; }

    public static async Task<TradeSagaHarness> StartAsync(TimeSpan? unmatchedTimeout = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<TraderOptions>().Configure(o => o.UnmatchedTimeout = unmatchedTimeout ?? TimeSpan.FromMinutes(10));
        services.AddMassTransitTestHarness(bus =>
        {
            bus.AddDelayedMessageScheduler();
            bus.AddSagaStateMachine<TradeStateMachine, TradeState>().InMemoryRepository();
            bus.UsingInMemory((context, transport) =>
            {
                transport.UseDelayedMessageScheduler();
                transport.ConfigureEndpoints(context);
            });
        });
        var harness = new TradeSagaHarness(services.BuildServiceProvider(validateScopes: true));
        await harness.Harness.Start();
        harness.Harness.Bus.ConnectConsumeObserver(harness.Record);
        harness.Harness.Bus.ConnectSendObserver(harness.Record);
        harness.Harness.Bus.ConnectPublishObserver(harness.Record);
        return harness;
    }

    public BusRecord Record { get; } = new();

    /// <summary>Publishes <paramref name="message"/> and returns once the saga has consumed that very message, without fault.</summary>
    public async Task DeliverAsync<T>(T message)
        where T : class
    {
        var messageId = NewId.NextGuid();
        await Harness.Bus.Publish(message, context => context.MessageId = messageId, TestContext.Current.CancellationToken);
        Assert.Null(await Record.ConsumedAsync(messageId, TimeSpan.FromSeconds(10)));
    }

    /// <summary>The trade's saga instance, or a failure saying it is missing.</summary>
    public TradeState Trade(Guid tradeId) =>
        Saga.Sagas.Contains(tradeId) ?? throw new Xunit.Sdk.XunitException($"no saga {tradeId}");

    /// <summary>The trade, which must be in <paramref name="state"/> (every delivery has been consumed by now).</summary>
    public TradeState InState(Guid tradeId, Func<TradeStateMachine, State?> state)
    {
        var trade = Trade(tradeId);
        Assert.Equal(state(Machine)!.Name, trade.CurrentState);
        return trade;
    }

    /// <summary>Waits for a matching message to be sent (e.g. a scheduled timeout's cancel).</summary>
    public Task<T> SentAsync<T>(Func<T, bool> filter)
        where T : class => Record.SentAsync(filter, TimeSpan.FromSeconds(10));

    public int Sent<T>(Func<T, bool> filter)
        where T : class => Record.Sent<T>().Count(m => filter(m.Message));

    public int Published<T>(Func<T, bool> filter)
        where T : class => Record.Published<T>().Count(filter);

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
    }
}

using Statistico.Simulator.Exchange;

namespace Statistico.Simulator.Clock;

/// <summary>
/// Builds (or reloads) the world before the simulator serves anything, then ticks: every second (wall clock) it
/// checkpoints the clock and lets the exchange catch up (flow, lapses, settlements) even when nobody calls it.
/// </summary>
public sealed partial class WorldRunner(IServiceScopeFactory scopes, WorldGate gate, WorldClock clock, TimeProvider wall, ILogger<WorldRunner> logger)
    : BackgroundService
{
    public static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            using var entered = await gate.EnterAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<WorldStore>().LoadOrCreateAsync(cancellationToken);
        }

        LogStarted(clock.Now, clock.Speed, clock.Paused);
        await base.StartAsync(cancellationToken);
    }

    /// <summary>One tick: catch up and checkpoint, in one gate entry.</summary>
    public static async Task TickAsync(IServiceProvider services, WorldGate gate, WorldClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(clock);
        using var entered = await gate.EnterAsync(cancellationToken);
        await services.GetRequiredService<ExchangeCatchUp>().RunAsync(clock.Now, cancellationToken);
        await services.GetRequiredService<WorldStore>().CheckpointAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TickInterval, wall);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await TickAsync(scope.ServiceProvider, gate, clock, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failed tick (database briefly away) is retried on the next one; nothing was half-committed.
                LogTickFailed(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "World ready at {SimulatedTime:u} (speed {Speed}, paused {Paused})")]
    private partial void LogStarted(DateTimeOffset simulatedTime, double speed, bool paused);

    [LoggerMessage(Level = LogLevel.Warning, Message = "World tick failed; retrying on the next tick")]
    private partial void LogTickFailed(Exception exception);
}

using Statistico.Simulator.Clock;
using Statistico.Simulator.World;

namespace Statistico.Simulator.Apis;

/// <summary>The world's control panel: status, pause/resume, speed, advance, reset with a seed.</summary>
internal static class ControlApi
{
    public static IEndpointRouteBuilder MapControlApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/control").WithTags("World control");
        api.MapGet("/status", Status).WithSummary("Mode, seed, simulated time, speed and the world's extent.");
        api.MapPost("/pause", (WorldClock clock, IServiceProvider services, CancellationToken ct) => ChangeAsync(services, clock.Pause, ct));
        api.MapPost("/resume", (WorldClock clock, IServiceProvider services, CancellationToken ct) => ChangeAsync(services, clock.Resume, ct));
        api.MapPost("/speed", SpeedAsync);
        api.MapPost("/advance", AdvanceAsync).WithSummary("Jump the simulated clock forward (orders catch up on the way).");
        api.MapPost("/faults", (FaultRequest request, Faults.FaultDice dice) =>
        {
            dice.Arm(request.DropNext, request.RefuseNext);
            return TypedResults.NoContent();
        }).WithSummary("Arm one-shot faults: drop the next N answers, refuse the next N calls (exchange and data APIs).");
        api.MapPost("/reset", ResetAsync).WithSummary("A new world from a seed (orders and account start again).");
        return app;
    }

    private static async Task<IResult> SpeedAsync(SpeedRequest request, WorldClock clock, IServiceProvider services, CancellationToken ct) =>
        request.Speed is > 0 and < 1e7 ? await ChangeAsync(services, () => clock.SetSpeed(request.Speed), ct) : Invalid("speed must be > 0");

    private static async Task<IResult> AdvanceAsync(AdvanceRequest request, WorldClock clock, IServiceProvider services, CancellationToken ct) =>
        Advance(request, clock) is { } by ? await ChangeAsync(services, () => clock.Advance(by), ct) : Invalid("give minutes > 0 or a later 'to'");

    private static TimeSpan? Advance(AdvanceRequest request, WorldClock clock)
    {
        var by = request.To is { } to ? to - clock.Now : TimeSpan.FromMinutes(request.Minutes ?? 0);
        return by > TimeSpan.Zero ? by : null;
    }

    private static WorldStatus Status(WorldClock clock, CurrentWorld world, Microsoft.Extensions.Options.IOptions<SimulatorOptions> options)
    {
        var fixtures = world.Definition.Fixtures;
        return new WorldStatus(
            options.Value.Mode.ToString(), world.Seed, clock.Now, clock.Speed, clock.Paused, fixtures.Count,
            fixtures.Count > 0 ? fixtures[0].KickOff : null, fixtures.Count > 0 ? fixtures[^1].KickOff : null, world.Definition.FirstUpcomingKickOff);
    }

    private static async Task<IResult> ChangeAsync(IServiceProvider services, Action change, CancellationToken cancellationToken)
    {
        var gate = services.GetRequiredService<WorldGate>();
        var clock = services.GetRequiredService<WorldClock>();
        // Orders are brought up to the old time before the clock moves, then the new clock is saved.
        await WorldRunner.TickAsync(services, gate, clock, cancellationToken);
        using (await gate.EnterAsync(cancellationToken))
        {
            change();
            await services.GetRequiredService<WorldStore>().CheckpointAsync(cancellationToken);
        }

        await WorldRunner.TickAsync(services, gate, clock, cancellationToken);
        return TypedResults.Ok(Status(clock, services.GetRequiredService<CurrentWorld>(), services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SimulatorOptions>>()));
    }

    private static async Task<IResult> ResetAsync(ResetRequest request, IServiceProvider services, CancellationToken cancellationToken)
    {
        var gate = services.GetRequiredService<WorldGate>();
        using (await gate.EnterAsync(cancellationToken))
        {
            await services.GetRequiredService<WorldStore>().ResetAsync(request.Seed, cancellationToken);
        }

        return TypedResults.Ok(Status(services.GetRequiredService<WorldClock>(), services.GetRequiredService<CurrentWorld>(), services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SimulatorOptions>>()));
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Invalid(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["request"] = [message] });
}

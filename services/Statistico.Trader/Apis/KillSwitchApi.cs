using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Statistico.Trader.Data;
using Statistico.Trader.Positions;

namespace Statistico.Trader.Apis;

/// <summary>The kill switch: stored, so it holds across restarts and for every replica at its next decision or order.</summary>
internal static class KillSwitchApi
{
    public static IEndpointRouteBuilder MapKillSwitchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/kill-switch").WithTags("Kill switch");
        api.MapGet("/", GetAsync).WithSummary("Whether new orders are stopped, why and since when.");
        api.MapPut("/", SetAsync).WithSummary("Engage (stop every new trade and order now) or release the kill switch.");
        return app;
    }

    private static async Task<Ok<KillSwitch>> GetAsync(TraderDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.KillSwitches.AsNoTracking().SingleOrDefaultAsync(k => k.Id == KillSwitch.SingletonId, cancellationToken)
            ?? new KillSwitch());

    private static async Task<Results<Ok<KillSwitch>, ValidationProblem>> SetAsync(
        TraderDbContext db, TimeProvider clock, KillSwitchRequest request, CancellationToken cancellationToken)
    {
        if (request.Reason is { Length: > 400 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["At most 400 characters."] });
        }

        var state = new KillSwitch { Engaged = request.Engaged, Reason = request.Reason, ChangedAt = clock.GetUtcNow() };
        // One statement, so two operators flipping it at once leave whichever committed last, never an error.
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO kill_switch ("Id", "Engaged", "Reason", "ChangedAt") VALUES ({state.Id}, {state.Engaged}, {state.Reason}, {state.ChangedAt})
            ON CONFLICT ("Id") DO UPDATE SET "Engaged" = EXCLUDED."Engaged", "Reason" = EXCLUDED."Reason", "ChangedAt" = EXCLUDED."ChangedAt"
            """, cancellationToken);
        return TypedResults.Ok(state);
    }
}

using Microsoft.Extensions.Options;
using Statistico.Betfair.Api;

namespace Statistico.Simulator.Faults;

/// <summary>
/// Faults the real providers have, on demand: latency on every call, a share of calls refused before they are
/// processed (Betfair SERVICE_BUSY / HTTP 503), and a share processed but whose answer never arrives (the connection
/// is aborted after the work is committed — the case a client must reconcile rather than retry).
/// Applies to the exchange and data-provider paths only, never to control or health.
/// </summary>
public sealed class FaultInjection(RequestDelegate next, IOptionsMonitor<SimulatorOptions> options, FaultDice dice)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        var faults = options.CurrentValue.Faults;
        if (!(path.StartsWithSegments("/exchange") || path.StartsWithSegments("/v3")))
        {
            await next(context);
            return;
        }

        if (faults.Latency > TimeSpan.Zero)
        {
            await Task.Delay(faults.Latency, context.RequestAborted);
        }

        if (dice.TakeRefuse() || dice.Roll(faults.ErrorRate))
        {
            await RefuseAsync(context);
            return;
        }

        if (dice.TakeDrop() || dice.Roll(faults.DropRate))
        {
            // Run the call to completion (its changes are committed), then lose the answer.
            var original = context.Response.Body;
            context.Response.Body = Stream.Null;
            await next(context);
            context.Response.Body = original;
            context.Abort();
            return;
        }

        await next(context);
    }

    private static Task RefuseAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/v3"))
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return context.Response.WriteAsJsonAsync(new { message = "Service temporarily unavailable (injected fault)." });
        }

        var error = new JsonRpcError(-32099, "ANGX-0006", new JsonRpcErrorData
        {
            ExceptionName = "APINGException",
            ApingException = new ApingExceptionDetail(ApingErrorCodes.ServiceBusy, "injected fault"),
        });
        return context.Response.WriteAsJsonAsync(new JsonRpcResponse<object> { Error = error, Id = System.Text.Json.JsonSerializer.SerializeToElement(1) }, BetfairJson.Options);
    }
}

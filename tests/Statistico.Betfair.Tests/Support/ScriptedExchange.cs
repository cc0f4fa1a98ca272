using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Statistico.Betfair.Api;

namespace Statistico.Betfair.Tests.Support;

/// <summary>
/// A Betfair-shaped JSON-RPC endpoint on a real Kestrel loopback socket whose answers a test scripts per call: the
/// exchange states the Simulator cannot produce on demand (a 500, an instruction TIMEOUT, duplicate references).
/// It counts every POST it receives, by method, so a test can prove what reached the wire.
/// </summary>
internal sealed class ScriptedExchange : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, int> calls = new();

    private ScriptedExchange(WebApplication app) => this.app = app;

    /// <summary>Answers a call (method without the SportsAPING prefix, its params, its 1-based number among calls of that method).</summary>
    public Func<ScriptedCall, Task<IResult>> Script { get; set; } = _ => Task.FromResult(Results.StatusCode(500));

    public Uri BaseUrl { get; private set; } = null!;

    public int Count(string operation) => calls.TryGetValue(operation, out var count) ? count : 0;

    public static async Task<ScriptedExchange> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var exchange = new ScriptedExchange(app);
        app.MapPost("/api/login", () => Results.Json(new { token = "scripted-token", product = "app", status = "SUCCESS", error = "" }));
        app.MapPost("/api/keepAlive", () => Results.Json(new { token = "scripted-token", product = "app", status = "SUCCESS", error = "" }));
        app.MapPost("/exchange/betting/json-rpc/v1", (Delegate)exchange.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        exchange.BaseUrl = new Uri(new Uri(address), "/exchange/betting/json-rpc/v1");
        return exchange;
    }

    public static IResult Result(object result) =>
        Results.Json(new JsonRpcResponse<object> { Result = result, Id = System.Text.Json.JsonSerializer.SerializeToElement(1) }, BetfairJson.Options);

    public static IResult ApingError(string errorCode) =>
        Results.Json(new JsonRpcResponse<object>
        {
            Error = new JsonRpcError(-32099, "ANGX-0002", new JsonRpcErrorData
            {
                ExceptionName = "APINGException", ApingException = new ApingExceptionDetail(errorCode, "scripted"),
            }),
            Id = System.Text.Json.JsonSerializer.SerializeToElement(1),
        }, BetfairJson.Options);

    public static IResult ServerError() => Results.Text("upstream failure", "text/plain", statusCode: (int)HttpStatusCode.InternalServerError);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var method = body.RootElement.GetProperty("method").GetString()!;
        var operation = method[(method.LastIndexOf('/') + 1)..];
        var number = calls.AddOrUpdate(operation, 1, (_, n) => n + 1);
        var parameters = body.RootElement.TryGetProperty("params", out var p) ? p.Clone() : default;
        return await Script(new ScriptedCall(operation, parameters, number));
    }
}

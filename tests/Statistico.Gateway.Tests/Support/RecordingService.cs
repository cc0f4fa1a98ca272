using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Statistico.Gateway.Tests.Support;

/// <summary>
/// A Kestrel app on a free loopback port standing where a Statistico service stands behind the gateway: it records
/// every request that reaches it (method, path and query, and whether an API key came with it) and answers
/// <c>/api/summary</c> with <see cref="Summary"/> (changeable between reads) and every other path with a JSON echo.
/// </summary>
internal sealed class RecordingService(WebApplication app, ConcurrentQueue<RecordedRequest> requests) : IAsyncDisposable
{
    public Uri Url { get; } = new(app.Urls.Single() + "/");

    public IReadOnlyCollection<RecordedRequest> Requests => requests;

    public string Summary { get; set; } = """{"service":"trader","lines":[]}""";

    public static async Task<RecordingService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var requests = new ConcurrentQueue<RecordedRequest>();
        RecordingService? service = null;
        app.Use((context, next) =>
        {
            requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString,
                context.Request.Headers.ContainsKey("X-Api-Key")));
            return next(context);
        });
        app.MapGet("/api/summary", () => Results.Text(service!.Summary, "application/json"));
        app.MapGet("/api/missing", () => Results.Problem(title: "No such trade.", statusCode: StatusCodes.Status404NotFound));
        app.Map("/{**path}", (HttpContext context) => Results.Json(new { path = context.Request.Path.Value, query = context.Request.QueryString.Value }));
        await app.StartAsync(TestContext.Current.CancellationToken);
        service = new RecordingService(app, requests);
        return service;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

internal sealed record RecordedRequest(string Method, string PathAndQuery, bool CarriedApiKey);

using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Statistico.FootballData.Tests.Providers;

/// <summary>
/// A real HTTP server on loopback answering <c>/v3/football/fixtures/between/…</c> with recorded-shape Sportmonks pages,
/// and misbehaving on request like the real one can: a 429 with Retry-After, or a page that keeps failing with 503.
/// </summary>
internal sealed class RecordedSportmonksServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private int tooManyRequestsLeft;

    private RecordedSportmonksServer(WebApplication app) => this.app = app;

    public ConcurrentQueue<(string PathAndQuery, string? Authorization)> Requests { get; } = new();

    /// <summary>A page number that answers 503 every time.</summary>
    public int? FailingPage { get; set; }

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<RecordedSportmonksServer> StartAsync(int tooManyRequestsFirst = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new RecordedSportmonksServer(app) { tooManyRequestsLeft = tooManyRequestsFirst };
        app.MapGet("/v3/football/fixtures/between/{from}/{to}", (HttpContext context) => server.Answer(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address + "/v3/football");
        return server;
    }

    private IResult Answer(HttpContext context)
    {
        var request = context.Request;
        Requests.Enqueue((request.Path + request.QueryString, request.Headers.Authorization.FirstOrDefault()));
        if (Interlocked.Decrement(ref tooManyRequestsLeft) >= 0)
        {
            context.Response.Headers.RetryAfter = "1";
            return Results.Json(new { message = "Too Many Attempts." }, statusCode: StatusCodes.Status429TooManyRequests);
        }

        var page = int.TryParse(request.Query["page"], out var number) ? number : 1;
        if (page == FailingPage)
        {
            return Results.Json(new { message = "Service Unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var file = Path.Combine(AppContext.BaseDirectory, "Providers", "Recorded", $"fixtures-between-page-{page}.json");
        return File.Exists(file)
            ? Results.Text(File.ReadAllText(file), "application/json")
            : Results.Json(new { message = "No result(s) found matching your request." });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

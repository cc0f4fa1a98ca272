using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Statistico.Cli.Tests.Support;

/// <summary>
/// A small Kestrel app on a free loopback port that answers as a Statistico service would: <c>/health</c> with
/// the given status, and the given JSON at <c>/api/summary</c> and <c>/control/status</c> (404 when null); the JSON may
/// be asked anew for each request, so a platform can change between reads.
/// </summary>
internal sealed class FakeService(WebApplication app) : IAsyncDisposable
{
    public Uri Url { get; } = new(app.Urls.Single() + "/");

    public static Task<FakeService> StartAsync(int healthStatus = 200, string? summary = null, string? world = null) =>
        StartAsync(healthStatus, () => summary, () => world);

    public static async Task<FakeService> StartAsync(int healthStatus, Func<string?> summary, Func<string?> world)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/health", () => Results.Text(healthStatus == 200 ? "Healthy" : "Unhealthy", statusCode: healthStatus));
        app.MapGet("/api/summary", () => summary() is { } json ? Results.Text(json, "application/json") : Results.NotFound());
        app.MapGet("/control/status", () => world() is { } json ? Results.Text(json, "application/json") : Results.NotFound());
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new FakeService(app);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

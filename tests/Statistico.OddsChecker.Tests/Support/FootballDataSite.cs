using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Statistico.OddsChecker.Tests.Support;

/// <summary>
/// A Kestrel server on loopback in the layout of football-data.co.uk (<c>/mmz4281/2122/E0.csv</c>): serves the files
/// it is given from where they lie, 404 for the rest, and counts the requests per path.
/// </summary>
internal sealed class FootballDataSite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> files = new(StringComparer.OrdinalIgnoreCase);
    private readonly WebApplication app;

    private FootballDataSite(WebApplication app) => this.app = app;

    /// <summary>The site's base URL, ending in <c>/mmz4281/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentDictionary<string, int> Requests { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static async Task<FootballDataSite> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var site = new FootballDataSite(app);
        app.MapGet("/mmz4281/{season}/{file}", (string season, string file) =>
        {
            var path = $"{season}/{file}";
            site.Requests.AddOrUpdate(path, 1, (_, count) => count + 1);
            return site.files.TryGetValue(path, out var local) ? Results.File(local, "text/csv") : Results.NotFound();
        });
        await app.StartAsync(cancellationToken);
        site.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/mmz4281/");
        return site;
    }

    /// <summary>Serves <paramref name="localFile"/> as <c>/mmz4281/{season}/{division}.csv</c>.</summary>
    public void Serve(string season, string division, string localFile) => files[$"{season}/{division}.csv"] = localFile;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

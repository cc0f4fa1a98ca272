using System.Net;
using Statistico.Gateway.Tests.Support;

namespace Statistico.Gateway.Tests;

/// <summary>
/// The built web UI (services/Statistico.Web, built into the gateway's wwwroot by its project) is served without a key,
/// with headers that keep it to its own origin, and its hashed bundles cacheable for good.
/// </summary>
[Trait("Category", "Unit")]
public sealed class WebUiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_page_is_served_without_a_key_with_its_security_headers()
    {
        await using var trader = await RecordingService.StartAsync();
        await using var gateway = GatewayFactory.With(trader.Url);
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Empty(trader.Requests);
    }

    [Fact]
    public async Task The_pages_bundles_are_served_and_cacheable_for_good()
    {
        await using var trader = await RecordingService.StartAsync();
        await using var gateway = GatewayFactory.With(trader.Url);
        using var client = gateway.CreateClient();
        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative), Ct);
        var script = System.Text.RegularExpressions.Regex.Match(page, "src=\"(/assets/[^\"]+\\.js)\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(script), "index.html names no bundle under /assets");

        using var response = await client.GetAsync(new Uri(script, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }
}

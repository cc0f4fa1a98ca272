using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Statistico.Gateway.Tests.Support;

namespace Statistico.Gateway.Tests;

/// <summary>
/// The gateway's reverse proxy in front of a real HTTP service on loopback: only keyed reads pass, at the service's own
/// path, without the key; everything else is refused with ProblemDetails before it reaches the service.
/// </summary>
[Trait("Category", "Unit")]
public sealed class ProxyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_read_without_a_key_is_refused_with_problem_details_and_never_reaches_the_service()
    {
        await using var trader = await RecordingService.StartAsync();
        await using var gateway = GatewayFactory.With(trader.Url);
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/trader/trades", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(Ct);
        Assert.Equal("An API key is required.", problem!.Title);
        Assert.Contains("X-Api-Key", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Empty(trader.Requests);
    }

    [Theory]
    [InlineData("wrong-key-0123456789abcdef")]
    [InlineData("test-key-0123456789abcde")] // the real key less its last character
    [InlineData("TEST-KEY-0123456789ABCDEF")] // keys are case-sensitive
    public async Task A_wrong_key_is_refused(string key)
    {
        await using var trader = await RecordingService.StartAsync();
        await using var gateway = GatewayFactory.With(trader.Url);
        using var client = gateway.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("X-Api-Key", key);

        using var response = await client.GetAsync(new Uri("/api/trader/trades", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(Ct);
        Assert.Equal("The API key is not accepted.", problem!.Title);
        Assert.Empty(trader.Requests);
    }

    [Theory]
    [InlineData(GatewayFactory.Key)]
    [InlineData(GatewayFactory.RotatedKey)]
    public async Task A_keyed_read_reaches_the_service_at_its_own_path_with_its_query_and_without_the_key(string key)
    {
        await using var trader = await RecordingService.StartAsync();
        await using var gateway = GatewayFactory.With(trader.Url);
        using var client = Keyed(gateway, key);

        using var response = await client.GetAsync(new Uri("/api/trader/trades?state=Settled&page=2", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await response.Content.ReadFromJsonAsync<Echo>(Ct);
        Assert.Equal("/api/trades", echo!.Path);
        Assert.Equal("?state=Settled&page=2", echo.Query);
        var request = Assert.Single(trader.Requests);
        Assert.Equal(new RecordedRequest("GET", "/api/trades?state=Settled&page=2", CarriedApiKey: false), request);
    }

    [Fact]
    public async Task A_service_answer_passes_through_with_its_status_and_body()
    {
        await using var trader = await RecordingService.StartAsync();
        await using var gateway = GatewayFactory.With(trader.Url);
        using var client = Keyed(gateway);

        using var response = await client.GetAsync(new Uri("/api/trader/missing", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("No such trade.", (await response.Content.ReadFromJsonAsync<ProblemDetails>(Ct))!.Title);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Writes_are_not_forwarded(string method)
    {
        await using var trader = await RecordingService.StartAsync();
        await using var gateway = GatewayFactory.With(trader.Url);
        using var client = Keyed(gateway);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri("/api/trader/kill-switch", UriKind.Relative))
        {
            Content = JsonContent.Create(new { engaged = true }),
        };

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(trader.Requests);
    }

    [Fact]
    public async Task A_service_that_is_down_answers_502_with_problem_details()
    {
        await using var trader = await RecordingService.StartAsync();
        await using var gateway = GatewayFactory.With(trader.Url, ratings: GatewayFactory.DownService);
        using var client = Keyed(gateway);

        using var response = await client.GetAsync(new Uri("/api/ratings/ratings/SIM", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_service_without_an_address_is_not_routed()
    {
        await using var trader = await RecordingService.StartAsync();
        await using var gateway = GatewayFactory.With(trader.Url);
        using var client = Keyed(gateway);

        using var response = await client.GetAsync(new Uri("/api/checker/summary", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(trader.Requests);
    }

    [Fact]
    public async Task Health_answers_without_a_key()
    {
        await using var trader = await RecordingService.StartAsync();
        await using var gateway = GatewayFactory.With(trader.Url);
        using var client = gateway.CreateClient();

        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative), Ct);
        using var alive = await client.GetAsync(new Uri("/alive", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    private static HttpClient Keyed(GatewayFactory gateway, string key = GatewayFactory.Key)
    {
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private sealed record Echo(string Path, string Query);
}

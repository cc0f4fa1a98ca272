using Microsoft.Extensions.Options;
using Statistico.Betfair.Tests.Support;

namespace Statistico.Betfair.Tests;

/// <summary>Credentials and the session token only travel over TLS: plain http is refused at start-up unless the host is loopback.</summary>
[Trait("Category", "Unit")]
public sealed class CredentialTransportTests
{
    [Theory]
    [InlineData("http://betfair.example.com/exchange/betting/json-rpc/v1", null)]
    [InlineData("http://10.0.0.5:5190/exchange/betting/json-rpc/v1", null)]
    [InlineData("https://betfair.example.com/exchange/betting/json-rpc/v1", "http://sso.example.com/api/")]
    public async Task A_plain_http_endpoint_off_this_machine_fails_start_up_with_a_clear_message(string baseUrl, string? identityUrl)
    {
        using var host = ServiceHost.Build(new Uri(baseUrl), s => s["Betfair:IdentityUrl"] = identityUrl);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("must use https", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_http_to_a_named_host_starts_only_when_that_host_is_named()
    {
        var simulator = new Uri("http://world-simulator/exchange/betting/json-rpc/v1");
        using var named = ServiceHost.Build(simulator, s => s["Betfair:AllowHttpHost"] = "world-simulator");
        using var other = ServiceHost.Build(simulator, s => s["Betfair:AllowHttpHost"] = "another-host");

        await named.StartAsync(TestContext.Current.CancellationToken);
        await named.StopAsync(TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<OptionsValidationException>(() => other.StartAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("http://localhost:5190/exchange/betting/json-rpc/v1")]
    [InlineData("http://127.0.0.1:5190/exchange/betting/json-rpc/v1")]
    [InlineData("http://[::1]:5190/exchange/betting/json-rpc/v1")]
    [InlineData("https://api.betfair.com/exchange/betting/json-rpc/v1")]
    public async Task Https_anywhere_and_http_on_loopback_start(string baseUrl)
    {
        using var host = ServiceHost.Build(new Uri(baseUrl));

        await host.StartAsync(TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }
}

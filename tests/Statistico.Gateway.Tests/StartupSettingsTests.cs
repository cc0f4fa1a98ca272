using Statistico.Gateway.Tests.Support;

namespace Statistico.Gateway.Tests;

/// <summary>A gateway that would serve trades to anyone does not start: keys are required, and long enough.</summary>
[Trait("Category", "Unit")]
public sealed class StartupSettingsTests
{
    [Fact]
    public void A_gateway_without_keys_does_not_start_and_names_the_setting()
    {
        using var gateway = new GatewayFactory(new Dictionary<string, string?> { ["Trader:BaseUrl"] = "http://127.0.0.1:9/" });

        var exception = Record.Exception(() => gateway.Services);

        Assert.NotNull(exception);
        Assert.Contains("Gateway__ApiKeys__0", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_key_is_refused_at_start()
    {
        using var gateway = new GatewayFactory(new Dictionary<string, string?> { ["Gateway:ApiKeys:0"] = "letmein" });

        var exception = Record.Exception(() => gateway.Services);

        Assert.NotNull(exception);
        Assert.Contains("at least 16 characters", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_upstream_address_that_is_not_a_url_is_refused_with_its_key()
    {
        using var gateway = new GatewayFactory(new Dictionary<string, string?>
        {
            ["Gateway:ApiKeys:0"] = GatewayFactory.Key,
            ["Trader:BaseUrl"] = "trader-service",
        });

        var exception = Record.Exception(() => gateway.Services);

        Assert.NotNull(exception);
        Assert.Contains("'Trader:BaseUrl'", exception.ToString(), StringComparison.Ordinal);
    }
}

using Microsoft.Extensions.Configuration;
using Statistico.Messaging.Bus;

namespace Statistico.Messaging.Tests;

[Trait("Category", "Unit")]
public sealed class BrokerAddressTests
{
    [Fact]
    public void An_amqp_uri_is_taken_with_its_credentials_and_virtual_host()
    {
        var uri = BrokerAddress.FromConfiguration(Configuration("amqp://u:p@broker:5673/statistico"));

        Assert.Equal(("broker", 5673, "u:p", "/statistico"), (uri.Host, uri.Port, uri.UserInfo, uri.AbsolutePath));
    }

    [Fact]
    public void A_missing_connection_string_says_how_to_set_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => BrokerAddress.FromConfiguration(Configuration(null)));

        Assert.Contains("ConnectionStrings:messaging is not set", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host=broker;Port=5672")]
    [InlineData("http://broker:15672")]
    public void Anything_but_an_amqp_uri_is_refused(string value) =>
        Assert.Throws<InvalidOperationException>(() => BrokerAddress.FromConfiguration(Configuration(value)));

    private static IConfiguration Configuration(string? messaging) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:messaging"] = messaging }).Build();
}

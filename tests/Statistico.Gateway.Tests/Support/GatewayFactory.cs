using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Statistico.Gateway.Tests.Support;

/// <summary>The gateway hosted in the test, with the given settings (keys, upstream addresses, interval).</summary>
internal sealed class GatewayFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public const string Key = "test-key-0123456789abcdef";

    public const string RotatedKey = "rotated-key-fedcba9876543210";

    /// <summary>A loopback port nothing listens on: the address of a service that is down.</summary>
    public const string DownService = "http://127.0.0.1:9/";

    public static GatewayFactory With(Uri trader, Uri? warehouse = null, string? ratings = null) => new(new Dictionary<string, string?>
    {
        ["Gateway:ApiKeys:0"] = Key,
        ["Gateway:ApiKeys:1"] = RotatedKey,
        ["Gateway:SummaryInterval"] = "00:00:00.100",
        ["Trader:BaseUrl"] = trader.ToString(),
        ["OddsWarehouse:BaseUrl"] = (warehouse ?? trader).ToString(),
        ["Ratings:BaseUrl"] = ratings,
    });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            if (value is not null)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}

using System.Net;
using System.Text.Json;
using Statistico.OddsWarehouse.Tests.Support;
using Statistico.Testing;

namespace Statistico.OddsWarehouse.Tests;

/// <summary>The service's health covers its database and its bus, in every environment.</summary>
[Trait("Category", "Integration")]
public sealed class HealthTests(TestInfrastructure infrastructure) : WarehouseTestBase(infrastructure)
{
    [Fact]
    public async Task Health_reports_the_database_and_the_bus()
    {
        var body = await Eventually.GetAsync(
            ReadHealthAsync,
            health => health.GetProperty("status").GetString() == "Healthy", Patience, "the service to become healthy", Ct);

        var checks = body.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("oddswarehouse").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("masstransit-bus").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/alive", Ct)).StatusCode);
    }

    /// <summary>/health's report whatever its status code (503 while unhealthy still carries it).</summary>
    private async Task<JsonElement> ReadHealthAsync()
    {
        using var response = await Client.GetAsync(new Uri("/health", UriKind.Relative), Ct);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();
    }
}

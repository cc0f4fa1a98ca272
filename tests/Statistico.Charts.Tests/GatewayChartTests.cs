using Statistico.Charts.Tests.Support;

namespace Statistico.Charts.Tests;

/// <summary>
/// The gateway as the chart deploys it: the one component the default routes expose (the demo's Ingress, production's
/// HTTPRoute), its API key from a Secret by reference, and no address for a service that is switched off (so the
/// gateway answers 404 for it instead of 502 for a Service that does not exist).
/// </summary>
[Trait("Category", "Unit")]
public sealed class GatewayChartTests
{
    [Fact]
    public async Task A_switched_off_service_gets_no_address_in_the_gateways_settings()
    {
        var documents = await Manifests.RenderAsync("values.yaml", "--set", "components.ratings.enabled=false");

        var settings = documents.OfKind("ConfigMap").Single(c => c.Name() == "statistico-gateway")["data"]!;

        Assert.Equal("", (string)settings["Ratings__BaseUrl"]!);
        Assert.Equal("http://statistico-trader", (string)settings["Trader__BaseUrl"]!);
        Assert.Equal("http://statistico-odds-warehouse", (string)settings["OddsWarehouse__BaseUrl"]!);
    }

    [Fact]
    public async Task The_gateways_key_comes_from_the_statistico_gateway_Secret()
    {
        var deployment = (await Manifests.RenderAsync("values.yaml")).OfKind("Deployment").Single(d => d.Name() == "statistico-gateway");

        var key = RenderedManifestTests.Containers(deployment).Single()["env"]!.AsArray()
            .Single(e => (string)e!["name"]! == "Gateway__ApiKeys__0")!;

        Assert.Equal("statistico-gateway", (string)key["valueFrom"]!["secretKeyRef"]!["name"]!);
        Assert.Equal("apiKey", (string)key["valueFrom"]!["secretKeyRef"]!["key"]!);
    }

    [Fact]
    public async Task The_demos_Ingress_and_productions_HTTPRoute_route_to_the_gateway()
    {
        var ingress = (await Manifests.RenderAsync("values-demo.yaml")).OfKind("Ingress").Single();
        var route = (await Manifests.RenderAsync("values-production.yaml")).OfKind("HTTPRoute").Single();

        Assert.Contains(ingress["spec"]!["rules"]!.AsArray(), rule => (string)rule!["host"]! == "statistico.localhost"
            && (string)rule["http"]!["paths"]![0]!["backend"]!["service"]!["name"]! == "statistico-gateway");
        Assert.Equal("statistico-gateway", (string)route["spec"]!["rules"]![0]!["backendRefs"]![0]!["name"]!);
    }
}

using System.Text.Json.Nodes;
using Statistico.Charts.Tests.Support;

namespace Statistico.Charts.Tests;

/// <summary>
/// Production's NetworkPolicies allow exactly the flows documented in charts/statistico/README.md ("Network flows"):
/// design section 2's HTTP reads, the broker, each service's own database, the cache, DNS, the OTLP collector and
/// HTTPS to real providers; everything else is denied by default.
/// </summary>
[Trait("Category", "Unit")]
public sealed class NetworkPolicyTests
{
    private static readonly string[] Infrastructure = ["dns:53", "rabbitmq:5672", "postgres:5432", "any:4317"];

    private static readonly Dictionary<string, string[]> DocumentedEgress = new()
    {
        ["football-data"] = [.. Infrastructure, "redis:6379", "internet:443"],
        ["ratings"] = [.. Infrastructure, "football-data:8080"],
        ["odds-compiler"] = [.. Infrastructure, "football-data:8080", "ratings:8080"],
        ["odds-checker"] = [.. Infrastructure, "odds-compiler:8080", "internet:443"],
        ["odds-warehouse"] = Infrastructure,
        ["trader"] = [.. Infrastructure, "internet:443"],
        // The gateway reads the services' APIs; it has no broker, database or cache of its own.
        ["gateway"] = ["dns:53", "any:4317", "trader:8080", "odds-warehouse:8080", "odds-compiler:8080", "odds-checker:8080", "football-data:8080", "ratings:8080"],
        ["migrations"] = ["dns:53", "postgres:5432"],
        ["redis"] = [],
    };

    private static readonly Dictionary<string, string[]> DocumentedIngress = new()
    {
        ["football-data"] = ["ratings:8080", "odds-compiler:8080", "gateway:8080"],
        ["ratings"] = ["odds-compiler:8080", "gateway:8080"],
        ["odds-compiler"] = ["odds-checker:8080", "gateway:8080"],
        ["odds-checker"] = ["gateway:8080"],
        ["odds-warehouse"] = ["gateway:8080"],
        ["trader"] = ["gateway:8080"],
        // Production routes the Gateway API's HTTPRoute to the gateway only: the one component taking outside traffic.
        ["gateway"] = ["ingress-controller:8080"],
        ["migrations"] = [],
        ["redis"] = ["football-data:6379"],
    };

    [Fact]
    public async Task Everything_is_denied_by_default_and_each_policy_allows_exactly_the_documented_flows()
    {
        var policies = (await Manifests.RenderAsync("values-production.yaml")).OfKind("NetworkPolicy").ToList();

        var deny = Assert.Single(policies, p => p.Name() == "statistico-default-deny");
        Assert.Null(deny["spec"]!["ingress"]);
        Assert.Null(deny["spec"]!["egress"]);
        var byComponent = policies.Where(p => p != deny).ToDictionary(p => (string)p["spec"]!["podSelector"]!["matchLabels"]!["app.kubernetes.io/name"]!);
        Assert.Equal(DocumentedEgress.Keys.Order(), byComponent.Keys.Order());
        foreach (var (component, policy) in byComponent)
        {
            Assert.Equal(DocumentedEgress[component].Order(), Flows(policy, "egress", "to").Order());
            Assert.Equal(DocumentedIngress[component].Order(), Flows(policy, "ingress", "from").Order());
        }
    }

    /// <summary>"peer:port" for every allowed flow (DNS's UDP and TCP rules count once).</summary>
    private static IEnumerable<string> Flows(JsonObject policy, string direction, string peers) =>
        (from rule in policy["spec"]![direction]?.AsArray() ?? []
         from peer in rule![peers]!.AsArray()
         from port in rule["ports"]!.AsArray()
         select $"{Describe(peer!.AsObject())}:{port!["port"]}").Distinct();

    private static string Describe(JsonObject peer)
    {
        if (peer["ipBlock"] is { } block)
        {
            return block["except"] is null ? "any" : "internet";
        }

        if (peer["podSelector"] is null && peer["namespaceSelector"] is not null)
        {
            return "ingress-controller";
        }

        var labels = peer["podSelector"]!["matchLabels"]!;
        return (string?)labels["k8s-app"] == "kube-dns" ? "dns"
            : labels["cnpg.io/cluster"] is not null ? "postgres"
            : ((string)labels["app.kubernetes.io/name"]!).Replace("statistico-", "", StringComparison.Ordinal);
    }
}

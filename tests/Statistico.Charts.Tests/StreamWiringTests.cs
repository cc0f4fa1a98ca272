using System.Text.Json.Nodes;
using Statistico.Charts.Tests.Support;

namespace Statistico.Charts.Tests;

/// <summary>
/// The exchange streams in the cluster (ADR 1013): in the demo the Simulator serves its Exchange Stream API on its own
/// Service port with the certificate of an existing TLS Secret, and the Odds Checker and the Trader stream from it,
/// pinning that Secret's public certificate, through NetworkPolicies that open the stream port to them alone. In
/// production both stream from Betfair (its host and the system's trust: nothing to mount).
/// </summary>
[Trait("Category", "Unit")]
public sealed class StreamWiringTests
{
    private const string StreamSecret = "statistico-simulator-stream-tls";

    [Fact]
    public async Task In_the_demo_the_checker_and_the_Trader_stream_from_the_Simulator_pinning_its_Secrets_certificate()
    {
        var documents = await Manifests.RenderAsync("values-demo.yaml");
        var simulatorConfig = Config(documents, "statistico-simulator");
        var port = int.Parse(simulatorConfig["Simulator__Stream__Port"]!, System.Globalization.CultureInfo.InvariantCulture);

        var service = documents.OfKind("Service").Single(s => s.Name() == "statistico-simulator");
        var streamPort = service["spec"]!["ports"]!.AsArray().Single(p => (string)p!["name"]! == "stream")!;
        Assert.Equal((port, "stream"), (Number(streamPort["port"]), (string)streamPort["targetPort"]!));
        var container = Container(documents, "statistico-simulator");
        Assert.Contains(container["ports"]!.AsArray(), p => (string)p!["name"]! == "stream" && Number(p["containerPort"]) == port);

        // The Simulator serves the Secret's certificate and key from where it is mounted.
        var simulatorMount = Mount(documents, "statistico-simulator", StreamSecret, keys: null);
        Assert.Equal(simulatorMount + "/tls.crt", simulatorConfig["Simulator__Stream__CertificatePath"]);
        Assert.Equal(simulatorMount + "/tls.key", simulatorConfig["Simulator__Stream__CertificateKeyPath"]);

        foreach (var client in new[] { "statistico-odds-checker", "statistico-trader" })
        {
            var config = Config(documents, client);
            Assert.Equal(("statistico-simulator", port.ToString(System.Globalization.CultureInfo.InvariantCulture)), (config["Betfair__Stream__Host"], config["Betfair__Stream__Port"]));
            // Only the public certificate reaches the clients, where they pin it.
            var mount = Mount(documents, client, StreamSecret, keys: ["tls.crt"]);
            Assert.Equal(mount + "/tls.crt", config["Betfair__Stream__TrustedCertificatePath"]);
        }

        Assert.Equal("true", Config(documents, "statistico-odds-checker")["OddsChecker__Sources__betfair__Stream"]);
        Assert.Equal("true", Config(documents, "statistico-trader")["Trader__Live__OrderStream"]);
    }

    [Fact]
    public async Task In_the_demo_only_the_checker_and_the_Trader_may_reach_the_Simulators_stream_port()
    {
        var documents = await Manifests.RenderAsync("values-demo.yaml", "--set", "networkPolicy.enabled=true");
        var port = int.Parse(Config(documents, "statistico-simulator")["Simulator__Stream__Port"]!, System.Globalization.CultureInfo.InvariantCulture);
        var policies = documents.OfKind("NetworkPolicy").ToDictionary(p => p.Name());

        var into = Rules(policies["statistico-simulator"], "ingress", "from").Where(r => r.Port == port).Select(r => r.Peer).Order().ToList();
        Assert.Equal(["odds-checker", "trader"], into);
        Assert.Contains(("simulator", port), Rules(policies["statistico-odds-checker"], "egress", "to"));
        Assert.Contains(("simulator", port), Rules(policies["statistico-trader"], "egress", "to"));
        Assert.DoesNotContain(("simulator", port), Rules(policies["statistico-football-data"], "egress", "to"));
        // The HTTP flows are unchanged: Football Data still reads the Simulator's data provider.
        Assert.Contains(("simulator", 8080), Rules(policies["statistico-football-data"], "egress", "to"));
    }

    [Fact]
    public async Task In_production_both_stream_from_Betfair_with_nothing_mounted_or_pinned()
    {
        var documents = await Manifests.RenderAsync("values-production.yaml");

        Assert.Equal("true", Config(documents, "statistico-odds-checker")["OddsChecker__Sources__betfair__Stream"]);
        Assert.Equal("true", Config(documents, "statistico-trader")["Trader__Live__OrderStream"]);
        foreach (var client in new[] { "statistico-odds-checker", "statistico-trader" })
        {
            Assert.DoesNotContain(Config(documents, client), setting => setting.Key.StartsWith("Betfair__Stream__", StringComparison.Ordinal));
            Assert.Null(Container(documents, client)["volumeMounts"]!.AsArray().FirstOrDefault(m => ((string)m!["mountPath"]!).StartsWith("/etc/", StringComparison.Ordinal)));
        }

        Assert.DoesNotContain(documents.OfKind("Service"), s => s["spec"]!["ports"]!.AsArray().Any(p => (string)p!["name"]! == "stream"));
    }

    /// <summary>A port as rendered (the YAML reader keeps scalars as text).</summary>
    private static int Number(JsonNode? node) => int.Parse(node!.ToString(), System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, string?> Config(IReadOnlyList<JsonObject> documents, string name) =>
        documents.OfKind("ConfigMap").Single(c => c.Name() == name)["data"]!.AsObject().ToDictionary(e => e.Key, e => (string?)e.Value);

    private static JsonObject Container(IReadOnlyList<JsonObject> documents, string name) =>
        documents.OfKind("Deployment").Single(d => d.Name() == name)["spec"]!["template"]!["spec"]!["containers"]![0]!.AsObject();

    /// <summary>Where the Deployment mounts <paramref name="secret"/> (read-only), checking which of its keys it mounts (null: all).</summary>
    private static string Mount(IReadOnlyList<JsonObject> documents, string name, string secret, string[]? keys)
    {
        var pod = documents.OfKind("Deployment").Single(d => d.Name() == name)["spec"]!["template"]!["spec"]!;
        var volume = pod["volumes"]!.AsArray().Single(v => (string?)v!["secret"]?["secretName"] == secret)!;
        var items = volume["secret"]!["items"]?.AsArray().Select(i => (string)i!["key"]!).ToArray();
        Assert.Equal(keys, items);
        var mount = pod["containers"]![0]!["volumeMounts"]!.AsArray().Single(m => (string)m!["name"]! == (string)volume["name"]!)!;
        Assert.Equal("true", mount["readOnly"]!.ToString());
        return (string)mount["mountPath"]!;
    }

    private static IEnumerable<(string Peer, int Port)> Rules(JsonObject policy, string direction, string peers) =>
        from rule in policy["spec"]![direction]?.AsArray() ?? []
        from peer in rule![peers]!.AsArray()
        where peer!["podSelector"]?["matchLabels"]?["app.kubernetes.io/name"] is not null
        from port in rule["ports"]!.AsArray()
        select ((string)peer!["podSelector"]!["matchLabels"]!["app.kubernetes.io/name"]!, Number(port!["port"]));
}

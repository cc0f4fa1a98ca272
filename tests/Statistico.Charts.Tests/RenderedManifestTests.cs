using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Statistico.Charts.Tests.Support;

namespace Statistico.Charts.Tests;

/// <summary>What every rendered workload must be: sized, probed, locked down, and free of plaintext secrets.</summary>
[Trait("Category", "Unit")]
public sealed partial class RenderedManifestTests
{
    [Theory]
    [MemberData(nameof(Helm.ValueSets), MemberType = typeof(Helm))]
    public async Task Every_Deployment_has_requests_limits_three_probes_and_a_locked_down_security_context(string valueSet)
    {
        var deployments = (await Manifests.RenderAsync(valueSet)).OfKind("Deployment").ToList();

        Assert.NotEmpty(deployments);
        foreach (var deployment in deployments)
        {
            var pod = deployment["spec"]!["template"]!["spec"]!.AsObject();
            Assert.Equal("true", pod["securityContext"]!["runAsNonRoot"]!.ToString());
            Assert.Equal("RuntimeDefault", (string)pod["securityContext"]!["seccompProfile"]!["type"]!);
            foreach (var container in pod["containers"]!.AsArray().Select(c => c!.AsObject()))
            {
                var where = $"{deployment.Name()}/{container["name"]}";
                Assert.True(container["resources"]?["requests"]?["cpu"] is not null && container["resources"]?["requests"]?["memory"] is not null, where + " requests");
                Assert.True(container["resources"]?["limits"]?["cpu"] is not null && container["resources"]?["limits"]?["memory"] is not null, where + " limits");
                Assert.True(container["startupProbe"] is not null && container["livenessProbe"] is not null && container["readinessProbe"] is not null, where + " probes");
                var security = container["securityContext"]!;
                Assert.Equal("true", security["readOnlyRootFilesystem"]!.ToString());
                Assert.Equal("false", security["allowPrivilegeEscalation"]!.ToString());
                Assert.Equal("ALL", (string)security["capabilities"]!["drop"]![0]!);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Helm.ValueSets), MemberType = typeof(Helm))]
    public async Task Service_probes_are_alive_for_liveness_and_start_up_and_health_for_readiness(string valueSet)
    {
        var services = (await Manifests.RenderAsync(valueSet)).OfKind("Deployment").Where(d => !d.Name().EndsWith("-redis", StringComparison.Ordinal));

        foreach (var container in services.SelectMany(Containers))
        {
            Assert.Equal("/alive", (string)container["startupProbe"]!["httpGet"]!["path"]!);
            Assert.Equal("/alive", (string)container["livenessProbe"]!["httpGet"]!["path"]!);
            Assert.Equal("/health", (string)container["readinessProbe"]!["httpGet"]!["path"]!);
            Assert.NotNull(container["lifecycle"]?["preStop"]);
        }
    }

    [Theory]
    [MemberData(nameof(Helm.ValueSets), MemberType = typeof(Helm))]
    public async Task No_workload_carries_a_plaintext_secret(string valueSet)
    {
        var documents = await Manifests.RenderAsync(valueSet);

        Assert.Empty(documents.OfKind("Secret"));
        var workloads = documents.OfKind("Deployment").Concat(documents.OfKind("Job"));
        foreach (var variable in workloads.SelectMany(Containers).SelectMany(c => c["env"]?.AsArray() ?? []).Select(e => e!.AsObject()))
        {
            var name = (string)variable["name"]!;
            var value = (string?)variable["value"];
            if (value is null)
            {
                Assert.NotNull(variable["valueFrom"]?["secretKeyRef"] ?? variable["valueFrom"]);
                continue;
            }

            Assert.False(SecretName().IsMatch(name), $"{name} is a secret given as a plain value");
            // A connection string built here may name credentials only as $(VAR) references to Secret-backed variables.
            Assert.False(InlineCredential().IsMatch(value), $"{name} holds an inline credential");
        }

        foreach (var config in documents.OfKind("ConfigMap"))
        {
            Assert.DoesNotContain(config["data"]!.AsObject(), entry => SecretName().IsMatch(entry.Key));
        }
    }

    [Theory]
    [MemberData(nameof(Helm.ValueSets), MemberType = typeof(Helm))]
    public async Task The_migration_job_is_a_hook_before_install_or_upgrade_and_services_start_without_migrating(string valueSet)
    {
        var documents = await Manifests.RenderAsync(valueSet);

        var job = Assert.Single(documents.OfKind("Job"));
        var hook = ((string)job["metadata"]!["annotations"]!["helm.sh/hook"]!).Split(',');
        Assert.Contains("pre-upgrade", hook);
        // With operator-managed Postgres the database exists only after the install: then the first run is post-install.
        Assert.Contains(valueSet == "values.yaml" ? "pre-install" : "post-install", hook);
        var migrating = Containers(job).Select(c => (string)c["name"]!).Order().ToList();
        var databases = documents.OfKind("Deployment").Where(d => Containers(d).Any(c => Env(c, "Database__MigrateOnStart") == "false"))
            .Select(d => (string)Containers(d).Single()["name"]!).Order().ToList();
        Assert.Equal(databases, migrating);
        Assert.All(Containers(job), c => Assert.Equal("true", Env(c, "Database__MigrateOnly")));
    }

    [Fact]
    public async Task The_simulator_is_off_by_default_and_on_in_the_demo()
    {
        Assert.DoesNotContain((await Manifests.RenderAsync("values.yaml")).OfKind("Deployment"), d => d.Name().EndsWith("-simulator", StringComparison.Ordinal));
        Assert.Contains((await Manifests.RenderAsync("values-demo.yaml")).OfKind("Deployment"), d => d.Name().EndsWith("-simulator", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Production_scales_consumers_with_KEDA_on_queue_length_and_runs_operator_managed_infrastructure()
    {
        var documents = await Manifests.RenderAsync("values-production.yaml");

        var scaled = documents.OfKind("ScaledObject").ToList();
        Assert.Equal(["statistico-odds-warehouse", "statistico-trader"], scaled.Select(s => s.Name()).Order());
        Assert.All(scaled.SelectMany(s => s["spec"]!["triggers"]!.AsArray()), t => Assert.Equal("rabbitmq", (string)t!["type"]!));
        Assert.Single(documents.OfKind("RabbitmqCluster"));
        Assert.Single(documents.OfKind("Cluster"));
        Assert.All(documents.OfKind("Deployment").Where(d => scaled.Any(s => s.Name() == d.Name())), d => Assert.Null(d["spec"]!["replicas"]));
    }

    [Theory]
    [InlineData("values.yaml", null, "Quorum")]
    [InlineData("values-production.yaml", null, "Quorum")]
    [InlineData("values.yaml", "Classic", "Classic")]
    public async Task Every_container_on_the_broker_declares_the_infrastructures_queue_type(string valueSet, string? set, string expected)
    {
        var documents = await Manifests.RenderAsync(valueSet, set is null ? [] : ["--set", $"infrastructure.rabbitmq.queueType={set}"]);
        var onTheBroker = documents.OfKind("Deployment").Concat(documents.OfKind("Job")).SelectMany(Containers)
            .Where(c => c["env"]?.AsArray().Any(e => (string?)e!["name"] == "ConnectionStrings__messaging") == true)
            .ToList();

        Assert.NotEmpty(onTheBroker);
        Assert.All(onTheBroker, c => Assert.Equal(expected, Env(c, "Messaging__QueueType")));
    }

    internal static IEnumerable<JsonObject> Containers(JsonObject workload) =>
        workload["spec"]!["template"]!["spec"]!["containers"]!.AsArray().Select(c => c!.AsObject());

    private static string? Env(JsonObject container, string name) =>
        (string?)container["env"]?.AsArray().FirstOrDefault(e => (string?)e!["name"] == name)?["value"];

    [GeneratedRegex("password|secret|token|apikey|appkey", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"(password|pwd)=(?!\$\()|://[^:/@]+:(?!\$\()[^@]+@", RegexOptions.IgnoreCase)]
    private static partial Regex InlineCredential();
}

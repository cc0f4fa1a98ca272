using k8s;
using Statistico.Charts.Tests.Support;
using Statistico.Testing;

namespace Statistico.Charts.Tests;

/// <summary>
/// Every rendered document passes two offline validators: KubernetesClient's strict model load (unknown fields or
/// kinds fail) for the built-in kinds, and the npm validators for all (kubernetes-models; KEDA, prometheus-operator
/// CloudNativePG and Gateway API models, generated from the projects' CRDs; hand-written CRD subsets for RabbitmqCluster,
/// which no package models, and for the unknown fields the CloudNativePG CRD lets through, ADR 0800).
/// </summary>
[Trait("Category", "Unit")]
public sealed class SchemaValidationTests
{
    private static readonly string ValidatorDirectory = Path.Combine(RepositoryRoot.Path, "tests", "Statistico.Charts.Tests", "kubernetes-models");

    /// <summary>Production with the optional kinds switched on too, so that every template is validated.</summary>
    public static TheoryData<string, string[]> Renderings { get; } = new()
    {
        { "values.yaml", [] },
        { "values-demo.yaml", [] },
        { "values-production.yaml", [] },
        { "values-production.yaml", ["--set", "serviceMonitor.enabled=true", "--set", "httpRoute.enabled=true",
            "--set", "httpRoute.parentRefs[0].name=public", "--set", "components.trader.exposed=true",
            "--set", "httpRoute.hosts[0].host=trader.example.com", "--set", "httpRoute.hosts[0].component=trader",
            "--set", "components.ratings.autoscaling.enabled=true"] },
    };

    [Theory]
    [MemberData(nameof(Renderings))]
    public async Task Built_in_kinds_load_strictly_with_KubernetesClient(string valueSet, string[] extra)
    {
        var builtIn = Manifests.Split(await Helm.TemplateAsync(valueSet, extra))
            .Where(text => IsBuiltIn(ApiVersionOf(text)))
            .ToList();

        Assert.NotEmpty(builtIn);
        foreach (var document in builtIn)
        {
            var loaded = KubernetesYaml.LoadAllFromString(document, strict: true);
            Assert.Single(loaded);
        }
    }

    [Theory]
    [MemberData(nameof(Renderings))]
    public async Task Every_document_passes_the_npm_validators(string valueSet, string[] extra)
    {
        await EnsureValidatorInstalledAsync();
        var rendered = await Helm.TemplateAsync(valueSet, extra);

        var result = await ProcessRunner.RunAsync("node", ["validate.mjs"], ValidatorDirectory, rendered, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains($"{Manifests.Split(rendered).Count} documents valid", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void KubernetesClient_refuses_an_unknown_field()
    {
        const string misspelt = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndatta: {a: b}\n";

        Assert.ThrowsAny<Exception>(() => KubernetesYaml.LoadAllFromString(misspelt, strict: true));
    }

    [Theory]
    [InlineData("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec: {replicas: \"3\", selector: {}, template: {}}\n", "must be integer")]
    [InlineData("apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata: {name: x}\nspec: {triggers: []}\n", "scaleTargetRef")]
    [InlineData("apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata: {name: x}\nspec: {instances: 1, instance: 3}\n", "must NOT have additional properties")]
    [InlineData("apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata: {name: x}\nspec: {instances: 1, postgresql: {parameters: {max_connections: 100}}}\n", "parameters/max_connections must be string")]
    [InlineData("apiVersion: rabbitmq.com/v1beta1\nkind: RabbitmqCluster\nmetadata: {name: x}\nspec: {replicas: three}\n", "must be integer")]
    [InlineData("apiVersion: example.com/v1\nkind: Unknown\nmetadata: {name: x}\n", "no kubernetes-models validator")]
    public async Task The_npm_validators_refuse_a_wrong_document(string document, string message)
    {
        await EnsureValidatorInstalledAsync();

        var result = await ProcessRunner.RunAsync("node", ["validate.mjs"], ValidatorDirectory, document, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Output, StringComparison.Ordinal);
    }

    private static string ApiVersionOf(string document) => (string)Manifests.Parse(document).Single()["apiVersion"]!;

    /// <summary>The core group and the groups Kubernetes itself serves (KubernetesClient has their models); any other is a CRD.</summary>
    private static bool IsBuiltIn(string apiVersion) =>
        !apiVersion.Contains('/', StringComparison.Ordinal)
        || apiVersion.Split('/')[0] is "apps" or "batch" or "policy" or "autoscaling" or "networking.k8s.io";

    private static readonly Lazy<Task> Install = new(async () =>
    {
        if (!Directory.Exists(Path.Combine(ValidatorDirectory, "node_modules")))
        {
            var result = await ProcessRunner.RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], ValidatorDirectory);
            Assert.True(result.ExitCode == 0, result.Error);
        }
    });

    private static Task EnsureValidatorInstalledAsync() => Install.Value;
}

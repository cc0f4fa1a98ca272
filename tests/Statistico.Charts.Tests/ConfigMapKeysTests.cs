using Statistico.Charts.Tests.Support;

namespace Statistico.Charts.Tests;

/// <summary>
/// Every key in a rendered ConfigMap (and every plain setting the migration Job and Deployments pass) is a setting the
/// component's service actually reads: a misspelt or obsolete key would otherwise be ignored without a word.
/// </summary>
[Trait("Category", "Unit")]
public sealed class ConfigMapKeysTests
{
    [Theory]
    [MemberData(nameof(Helm.ValueSets), MemberType = typeof(Helm))]
    public async Task Every_ConfigMap_key_is_a_setting_its_service_reads(string valueSet)
    {
        var configMaps = (await Manifests.RenderAsync(valueSet)).OfKind("ConfigMap").ToList();

        Assert.NotEmpty(configMaps);
        foreach (var configMap in configMaps)
        {
            var component = (string)configMap["metadata"]!["labels"]!["app.kubernetes.io/name"]!;
            using var settings = new ServiceSettings(ChartComponents.Named(component).Project);
            var unread = configMap["data"]!.AsObject().Select(entry => entry.Key).Where(key => !settings.Reads(key)).ToList();
            Assert.True(unread.Count == 0, $"{component} does not read: {string.Join(", ", unread)}");
        }
    }

    [Theory]
    [MemberData(nameof(Helm.ValueSets), MemberType = typeof(Helm))]
    public async Task Every_setting_from_a_Secret_is_a_setting_its_service_reads(string valueSet)
    {
        var deployments = (await Manifests.RenderAsync(valueSet)).OfKind("Deployment").Where(d => ChartComponents.All.Any(c => c.Name == Component(d)));

        foreach (var deployment in deployments)
        {
            using var settings = new ServiceSettings(ChartComponents.Named(Component(deployment)).Project);
            var keys = RenderedManifestTests.Containers(deployment).SelectMany(c => c["env"]!.AsArray())
                .Select(e => (string)e!["name"]!)
                .Where(name => name.Contains("__", StringComparison.Ordinal) && !name.StartsWith("ConnectionStrings__", StringComparison.Ordinal));
            Assert.All(keys, key => Assert.True(settings.Reads(key), $"{Component(deployment)} does not read {key}"));
        }
    }

    [Fact]
    public void The_check_rejects_a_key_no_service_reads()
    {
        using var settings = new ServiceSettings("Statistico.Trader");

        Assert.True(settings.Reads("Trader__DemoStrategies"));
        Assert.True(settings.Reads("Scheduler__InstanceName"));
        Assert.False(settings.Reads("Trader__DemoStrategy"));
        Assert.False(settings.Reads("Nonsense__Key"));
    }

    private static string Component(System.Text.Json.Nodes.JsonObject deployment) =>
        (string)deployment["metadata"]!["labels"]!["app.kubernetes.io/name"]!;
}

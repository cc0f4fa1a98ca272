using Statistico.Testing;

namespace Statistico.Charts.Tests.Support;

/// <summary>
/// helm from the project's script (a helm on PATH, else the one unpacked from the npm package), run on the umbrella
/// chart. The library chart is packed into charts/statistico/charts/ once per test run (offline: file:// dependency).
/// </summary>
internal static class Helm
{
    public static string ChartDirectory { get; } = Path.Combine(RepositoryRoot.Path, "charts", "statistico");

    private static readonly Lazy<Task> Dependencies = new(() => RunCheckedAsync(["dependency", "build", "."]));

    /// <summary>The value sets the acceptance renders: defaults (external infrastructure), demo, production.</summary>
    public static TheoryData<string> ValueSets { get; } = ["values.yaml", "values-demo.yaml", "values-production.yaml"];

    /// <summary>The chart's values.yaml as a JSON tree.</summary>
    public static async Task<System.Text.Json.Nodes.JsonObject> DefaultValuesAsync() =>
        Manifests.Parse(await File.ReadAllTextAsync(Path.Combine(ChartDirectory, "values.yaml"), TestContext.Current.CancellationToken)).Single();

    public static async Task<ProcessResult> RunAsync(params string[] arguments)
    {
        await Dependencies.Value;
        return await RunUncheckedAsync(arguments);
    }

    /// <summary>helm template of one value set (values.yaml alone, or values.yaml under the named file).</summary>
    public static async Task<string> TemplateAsync(string valueSet, params string[] extra)
    {
        var arguments = new List<string> { "template", "statistico", "." };
        if (valueSet != "values.yaml")
        {
            arguments.AddRange(["-f", valueSet]);
        }

        arguments.AddRange(extra);
        var result = await RunAsync([.. arguments]);
        Assert.True(result.ExitCode == 0, $"helm template {string.Join(' ', arguments)} failed: {result.Error}");
        return result.Output;
    }

    private static async Task RunCheckedAsync(string[] arguments)
    {
        var result = await RunUncheckedAsync(arguments);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"helm {string.Join(' ', arguments)} failed: {result.Error}");
        }
    }

    private static Task<ProcessResult> RunUncheckedAsync(string[] arguments) =>
        ProcessRunner.RunAsync(Path.Combine(RepositoryRoot.Path, "scripts", "helm.sh"), arguments, ChartDirectory);
}

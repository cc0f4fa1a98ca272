using Statistico.Charts.Tests.Support;
using Statistico.Testing;

namespace Statistico.Charts.Tests;

/// <summary>The README's values table is the one generated from values.yaml now, and it covers every section.</summary>
[Trait("Category", "Unit")]
public sealed class ValuesTableTests
{
    [Fact]
    public async Task The_values_table_in_the_README_is_current()
    {
        var result = await ProcessRunner.RunAsync("node", ["scripts/chart-readme.mjs", "--check"], RepositoryRoot.Path, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
    }

    [Fact]
    public async Task Every_top_level_section_has_documented_values()
    {
        var values = await Helm.DefaultValuesAsync();
        var readme = await File.ReadAllTextAsync(Path.Combine(Helm.ChartDirectory, "README.md"), TestContext.Current.CancellationToken);

        Assert.All(values.Select(section => section.Key), section => Assert.Contains($"| `{section}.", readme, StringComparison.Ordinal));
    }
}

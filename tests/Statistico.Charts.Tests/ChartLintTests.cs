using Statistico.Charts.Tests.Support;

namespace Statistico.Charts.Tests;

/// <summary>helm lint --strict passes for the library chart and the umbrella chart under every value set.</summary>
[Trait("Category", "Unit")]
public sealed class ChartLintTests
{
    [Theory]
    [MemberData(nameof(Helm.ValueSets), MemberType = typeof(Helm))]
    public async Task The_umbrella_chart_lints_strictly(string valueSet)
    {
        var result = await Helm.RunAsync("lint", "--strict", ".", "-f", valueSet);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
    }

    [Fact]
    public async Task The_library_chart_lints_strictly()
    {
        var result = await Helm.RunAsync("lint", "--strict", "../statistico-common");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
    }

    [Fact]
    public async Task The_helm_binary_comes_from_the_project_script()
    {
        var result = await Helm.RunAsync("version", "--short");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith("v", result.Output, StringComparison.Ordinal);
    }
}

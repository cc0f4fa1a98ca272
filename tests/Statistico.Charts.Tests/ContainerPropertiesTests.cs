using System.Text.Json.Nodes;
using Statistico.Charts.Tests.Support;
using Statistico.Testing;

namespace Statistico.Charts.Tests;

/// <summary>
/// Every service's image, as its project file defines it (evaluated by MSBuild; images cannot be built here): the
/// repository the chart pulls, a chiseled non-root base, the user as a number, port 8080 and the entrypoint.
/// </summary>
[Trait("Category", "Unit")]
public sealed class ContainerPropertiesTests
{
    public static TheoryData<string, string> Services { get; } = new(ChartComponents.All.Select(c => (c.Project, c.Image)));

    [Theory]
    [MemberData(nameof(Services))]
    public async Task The_project_file_defines_a_chiseled_non_root_image_the_chart_pulls(string project, string image)
    {
        var evaluated = await EvaluateAsync(project);
        var properties = evaluated["Properties"]!;

        Assert.Equal($"statistico/{image}", (string)properties["ContainerRepository"]!);
        Assert.Matches("^mcr.microsoft.com/dotnet/aspnet:10.0-[a-z]+-chiseled", (string)properties["ContainerBaseImage"]!);
        Assert.Equal("1654", (string)properties["ContainerUser"]!);
        Assert.Equal("8080", (string)evaluated["Items"]!["ContainerPort"]![0]!["Identity"]!);
        Assert.NotEmpty((string)properties["ContainerImageTag"]!);
        Assert.Contains(evaluated["Items"]!["ContainerLabel"]!.AsArray(), l => (string)l!["Identity"]! == "org.opencontainers.image.source");
        Assert.Equal(["dotnet", $"/app/{project}.dll"], evaluated["Items"]!["ContainerAppCommand"]!.AsArray().Select(c => (string)c!["Identity"]!));
        Assert.Contains(image, await ChartImagesAsync());
    }

    /// <summary>The project's container properties, with the entrypoint the SDK computes from them (no build, no pull).</summary>
    private static async Task<JsonNode> EvaluateAsync(string project)
    {
        var result = await ProcessRunner.RunAsync("dotnet",
            ["msbuild", "-nologo", "-t:ComputeContainerConfig", "-p:NoBuild=true",
             "-getProperty:ContainerRepository", "-getProperty:ContainerBaseImage", "-getProperty:ContainerUser", "-getProperty:ContainerImageTag",
             "-getItem:ContainerPort", "-getItem:ContainerLabel", "-getItem:ContainerAppCommand"],
            Path.Combine(RepositoryRoot.Path, "services", project));
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        return JsonNode.Parse(result.Output)!;
    }

    /// <summary>The image names the chart pulls (values.yaml, components.*.image).</summary>
    private static async Task<IReadOnlyList<string>> ChartImagesAsync()
    {
        var values = await Helm.DefaultValuesAsync();
        return [.. values["components"]!.AsObject().Select(c => (string)c.Value!["image"]!)];
    }
}

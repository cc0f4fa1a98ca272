using System.Text.RegularExpressions;
using Statistico.Testing;

namespace Statistico.Gateway.Tests;

/// <summary>
/// What the gateway's image carries: `dotnet publish` (which `-t:PublishContainer` packs into the image) puts the built
/// web UI in the published wwwroot, every bundle index.html names included. Images cannot be built here (no base image
/// pull), so the publish output stands for the image's /app.
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class PublishedWebUiTests
{
    [Fact]
    public async Task The_published_gateway_carries_the_built_web_ui()
    {
        var output = Directory.CreateTempSubdirectory("statistico-gateway-publish-");
        try
        {
            // Release: its own obj/bin folders, so the Debug build the other tests run from is not touched.
            var result = await ProcessRunner.RunAsync("dotnet", ["publish", "-c", "Release", "--no-restore", "-nologo", "-o", output.FullName],
                Path.Combine(RepositoryRoot.Path, "services", "Statistico.Gateway"), cancellationToken: TestContext.Current.CancellationToken);
            Assert.True(result.ExitCode == 0, $"dotnet publish failed:\n{result.Output}\n{result.Error}");

            var index = Path.Combine(output.FullName, "wwwroot", "index.html");
            Assert.True(File.Exists(index), "the published wwwroot has no index.html");
            var bundles = Bundle().Matches(await File.ReadAllTextAsync(index, TestContext.Current.CancellationToken)).Select(m => m.Groups[1].Value).ToList();
            Assert.Contains(bundles, b => b.EndsWith(".js", StringComparison.Ordinal));
            Assert.All(bundles, b => Assert.True(File.Exists(Path.Combine(output.FullName, "wwwroot", b.TrimStart('/'))), $"{b} is not published"));
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [GeneratedRegex("(?:src|href)=\"(/assets/[^\"]+)\"")]
    private static partial Regex Bundle();
}

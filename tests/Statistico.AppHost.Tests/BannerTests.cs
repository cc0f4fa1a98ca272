using System.Text.RegularExpressions;
using Aspire.Hosting.ApplicationModel;
using Statistico.Cli.Status;
using Statistico.Testing;

namespace Statistico.AppHost.Tests;

/// <summary>
/// The run banner (scripts/banner.sh) names every service the AppHost runs at the port the AppHost gives it, and the
/// status command's defaults are the same ports: neither can drift from the AppHost.
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class BannerTests
{
    private static readonly Dictionary<string, string> ResourceOfLabel = new(StringComparer.Ordinal)
    {
        ["Simulator"] = "world-simulator",
        ["Football Data"] = "football-data",
        ["Ratings"] = "ratings-service",
        ["Odds Compiler"] = "odds-compiler",
        ["Odds Checker"] = "odds-checker",
        ["Odds Warehouse"] = "odds-warehouse",
        ["Trader"] = "trader-service",
        ["Gateway"] = "gateway",
    };

    [Fact]
    public async Task Every_service_of_the_AppHost_is_in_the_banner_at_its_AppHost_port()
    {
        var banner = await RunBannerAsync("http://localhost:18888", "0123abcd", "key-4567");
        var fromBanner = ServiceLines().Matches(banner)
            .Where(m => m.Groups["label"].Value is not ("Aspire dashboard" or "Web UI"))
            .ToDictionary(m => ResourceOfLabel[m.Groups["label"].Value], m => m.Groups["url"].Value);

        Assert.Equal((await AppHostUrlsAsync()).OrderBy(p => p.Key), fromBanner.OrderBy(p => p.Key));
        Assert.Contains("[run]   Aspire dashboard   : http://localhost:18888/login?t=0123abcd", banner, StringComparison.Ordinal);
        Assert.Contains("[run]   Web UI             : http://localhost:5170/#key=key-4567", banner, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project tools/Statistico.Cli -- status", banner, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_status_commands_default_URLs_are_the_AppHost_ports()
    {
        var fromStatus = StatusTarget.All.ToDictionary(t => t.Name, t => t.DefaultUrl.TrimEnd('/'));
        // The gateway serves the services' own data; status reads the services themselves.
        var services = (await AppHostUrlsAsync()).Where(p => p.Key != "gateway");

        Assert.Equal(services.OrderBy(p => p.Key), fromStatus.OrderBy(p => p.Key));
    }

    /// <summary>Each project resource's "http" endpoint as the AppHost declares it (from its launch profile).</summary>
    private static async Task<Dictionary<string, string>> AppHostUrlsAsync()
    {
        var builder = await AppHostModel.BuildAsync();
        return builder.Resources.OfType<ProjectResource>().ToDictionary(
            r => r.Name,
            r => r.Annotations.OfType<EndpointAnnotation>().Single(e => e.Name == "http") is var http && http.Port is { } port
                ? $"{http.UriScheme}://localhost:{port}"
                : $"{r.Name} has no fixed http port");
    }

    private static async Task<string> RunBannerAsync(params string[] args)
    {
        var result = await ProcessRunner.RunAsync("bash", ["scripts/banner.sh", .. args], RepositoryRoot.Path,
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Output;
    }

    [GeneratedRegex(@"^\[run\]   (?<label>[A-Za-z ]+?) +: (?<url>http://[^ /]+)", RegexOptions.Multiline)]
    private static partial Regex ServiceLines();
}

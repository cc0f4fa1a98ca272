using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Statistico.Messaging.Bus;

namespace Statistico.Messaging.Tests;

/// <summary>Queue-name prefixes: configured, or the service's own name, so two services never share a queue.</summary>
[Trait("Category", "Unit")]
public sealed class EndpointPrefixTests
{
    [Theory]
    [InlineData("Statistico.OddsWarehouse", "odds-warehouse")]
    [InlineData("Statistico.FootballData", "football-data")]
    [InlineData("Statistico.Ratings", "ratings")]
    [InlineData("Statistico.OddsCompiler", "odds-compiler")]
    [InlineData("Statistico.Trader.Api", "trader-api")]
    public void An_unconfigured_service_is_prefixed_with_its_own_name(string application, string prefix) =>
        Assert.Equal(prefix, EndpointPrefix.For(new MessagingOptions(), Configuration(application)));

    [Fact]
    public void A_configured_prefix_wins() =>
        Assert.Equal("checker", EndpointPrefix.For(new MessagingOptions { EndpointPrefix = "checker" }, Configuration("Statistico.OddsChecker")));

    [Theory]
    [InlineData(null)]
    [InlineData("testhost")]
    [InlineData("Statistico")]
    public void A_host_that_is_not_a_statistico_service_gets_no_prefix(string? application) =>
        Assert.Null(EndpointPrefix.For(new MessagingOptions(), Configuration(application)));

    [Fact]
    public void Every_service_that_names_its_prefix_names_it_as_the_default_would()
    {
        // The services' appsettings.json keep their prefix explicit; it must agree with the default, or removing the
        // setting (or a deployment without it) would rename the service's queues.
        var services = Path.Combine(RepositoryRoot(), "services");
        var named = Directory.EnumerateFiles(services, "appsettings.json", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(file => (Service: Path.GetFileName(Path.GetDirectoryName(file))!, Prefix: new ConfigurationBuilder().AddJsonFile(file).Build()["Messaging:EndpointPrefix"]))
            .Where(s => s.Prefix is not null)
            .ToList();

        Assert.True(named.Count >= 5, $"found {named.Count} services naming a prefix");
        Assert.All(named, s => Assert.Equal(EndpointPrefix.FromServiceName(s.Service["Statistico.".Length..]), s.Prefix));
    }

    private static IConfiguration Configuration(string? application) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [HostDefaults.ApplicationKey] = application }).Build();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Statistico.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Statistico.sln not found above the test's folder");
    }
}

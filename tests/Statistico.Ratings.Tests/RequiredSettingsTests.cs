using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Statistico.ServiceDefaults;

namespace Statistico.Ratings.Tests;

/// <summary>A setting the service cannot run without stops it at start, naming the key, instead of falling back to a built-in address.</summary>
[Trait("Category", "Unit")]
public sealed class RequiredSettingsTests
{
    [Fact]
    public void The_ratings_service_does_not_start_without_the_football_data_address()
    {
        // Connection strings are set (never used: the host stops while its services are registered, before any connection).
        using var factory = new WithoutFootballDataAddress();

        var exception = Record.Exception(() => factory.Services);

        Assert.NotNull(exception);
        Assert.Contains("'FootballData:BaseUrl' is missing", exception.ToString(), StringComparison.Ordinal);
        Assert.Contains("FootballData__BaseUrl", exception.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "is missing")]
    [InlineData(" ", "is missing")]
    [InlineData("football-data", "not an absolute http(s) URL")]
    [InlineData("ftp://football-data", "not an absolute http(s) URL")]
    public void A_missing_or_unusable_address_is_refused_with_its_key(string? value, string why)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Some:BaseUrl"] = value }).Build();

        var exception = Assert.Throws<InvalidOperationException>(() => configuration.RequiredUrl("Some:BaseUrl"));

        Assert.Contains("'Some:BaseUrl'", exception.Message, StringComparison.Ordinal);
        Assert.Contains(why, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_address_gets_a_trailing_slash_so_relative_paths_append()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Some:BaseUrl"] = "http://football-data" }).Build();

        Assert.Equal(new Uri("http://football-data/"), configuration.RequiredUrl("Some:BaseUrl"));
    }

    private sealed class WithoutFootballDataAddress : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:ratings", "Host=127.0.0.1;Port=1;Database=never-used");
            builder.UseSetting("ConnectionStrings:messaging", "amqp://127.0.0.1:1/");
        }
    }
}

using Microsoft.Extensions.Configuration;
using Statistico.AppHost.Infrastructure;

namespace Statistico.AppHost.Tests;

[Trait("Category", "Unit")]
public sealed class InfrastructureModeResolverTests
{
    [Fact]
    public void Auto_picks_external_when_every_connection_string_is_set()
    {
        var configuration = Configuration(new()
        {
            ["ConnectionStrings:messaging"] = "amqp://u:p@db:5672/",
            ["ConnectionStrings:postgres"] = "Host=db",
            ["ConnectionStrings:cache"] = "db:6379",
        });

        Assert.Equal(InfrastructureMode.External, InfrastructureModeResolver.Resolve(configuration));
    }

    [Theory]
    [InlineData("external", InfrastructureMode.External)]
    [InlineData("EXTERNAL", InfrastructureMode.External)]
    public void An_explicit_mode_is_taken_as_it_is(string value, InfrastructureMode expected) =>
        Assert.Equal(expected, InfrastructureModeResolver.Resolve(Configuration(new() { ["Infrastructure:Mode"] = value })));

    [Fact]
    public void An_unknown_mode_says_which_modes_exist()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            InfrastructureModeResolver.Resolve(Configuration(new() { ["Infrastructure:Mode"] = "kubernetes" })));

        Assert.Contains("auto, containers, local or external", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Local_mode_is_chosen_here_when_the_packages_are_installed_and_no_docker_answers()
    {
        // This machine kind has no Docker engine and scripts/infra.sh installs the packages before tests run.
        Assert.Empty(LocalServers.Missing());
        Assert.Equal(InfrastructureMode.Local, InfrastructureModeResolver.Resolve(Configuration(new() { ["Infrastructure:Mode"] = "local" })));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}

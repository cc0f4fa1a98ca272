using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Statistico.Simulator.Tests;

/// <summary>The unauthenticated control API never runs outside Development unless explicitly enabled.</summary>
[Trait("Category", "Unit")]
public sealed class ControlApiGuardTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public void Outside_development_the_simulator_refuses_without_the_setting(string environment)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => ControlApiGuard.EnsureAllowed(Environment(environment), Settings()));

        Assert.Contains(ControlApiGuard.EnabledKey, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Development_or_the_explicit_setting_allows_it()
    {
        ControlApiGuard.EnsureAllowed(Environment("Development"), Settings());
        ControlApiGuard.EnsureAllowed(Environment("Production"), Settings((ControlApiGuard.EnabledKey, "true")));

        Assert.Throws<InvalidOperationException>(() => ControlApiGuard.EnsureAllowed(Environment("Production"), Settings((ControlApiGuard.EnabledKey, "false"))));
    }

    [Fact]
    public void The_real_service_does_not_start_in_production_without_the_setting()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder.UseEnvironment("Production"));

        var refused = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(ControlApiGuard.EnabledKey, refused.ToString(), StringComparison.Ordinal);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static NamedEnvironment Environment(string name) => new() { EnvironmentName = name };

    private sealed class NamedEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = string.Empty;

        public string ApplicationName { get; set; } = "Statistico.Simulator";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

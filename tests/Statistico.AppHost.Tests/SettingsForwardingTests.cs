using Aspire.Hosting.ApplicationModel;

namespace Statistico.AppHost.Tests;

/// <summary>Settings given to the run command under "Simulator" reach the Simulator's environment (speed, seed, mode).</summary>
[Trait("Category", "Unit")]
public sealed class SettingsForwardingTests
{
    [Fact]
    public async Task Simulator_settings_on_the_command_line_become_the_Simulators_environment()
    {
        var builder = await AppHostModel.BuildAsync("Simulator:Speed=600", "Simulator:Seed=7", "Simulator:Mode=Replay", "Simulator:Replay:Season=2021-22");
        var simulator = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "world-simulator");

        var environment = await EnvironmentOfAsync(simulator);

        Assert.Equal("600", environment["Simulator__Speed"]);
        Assert.Equal("7", environment["Simulator__Seed"]);
        Assert.Equal("Replay", environment["Simulator__Mode"]);
        Assert.Equal("2021-22", environment["Simulator__Replay__Season"]);
        var footballData = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "football-data");
        Assert.DoesNotContain("Simulator__Speed", (await EnvironmentOfAsync(footballData)).Keys);
    }

    private static Task<Dictionary<string, string>> EnvironmentOfAsync(ProjectResource resource) => AppHostModel.PlainEnvironmentOfAsync(resource);
}

using Aspire.Hosting.ApplicationModel;
using Statistico.AppHost.Settings;

namespace Statistico.AppHost.Tests;

/// <summary>
/// Settings given to the run command under "Simulator" reach the Simulator's environment (speed, seed, mode), those under
/// "FootballData" Football Data's, and a replayed world's real leagues are mapped in Football Data.
/// </summary>
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

    [Fact]
    public async Task A_replayed_world_has_its_real_leagues_mapped_in_Football_Data_and_the_synthetic_one_has_not()
    {
        var replay = await EnvironmentOfAsync(AppHostModel.Project(await AppHostModel.BuildAsync("Simulator:Mode=Replay", "Simulator:Replay:Leagues:0=E0"), "football-data"));
        var synthetic = await EnvironmentOfAsync(AppHostModel.Project(await AppHostModel.BuildAsync(), "football-data"));

        // The Sportmonks ids the Simulator serves replayed leagues under (its WorldIds; ReplayWorldTests pins them there).
        Assert.Equal("E0", replay["FootballData__Providers__simulator__Leagues__8"]);
        Assert.Equal("E1", replay["FootballData__Providers__simulator__Leagues__9"]);
        Assert.Equal("D1", replay["FootballData__Providers__simulator__Leagues__82"]);
        Assert.Equal("SP1", replay["FootballData__Providers__simulator__Leagues__564"]);
        Assert.Equal("I1", replay["FootballData__Providers__simulator__Leagues__384"]);
        Assert.Equal("F1", replay["FootballData__Providers__simulator__Leagues__301"]);
        Assert.Equal("SIM", replay["FootballData__Providers__simulator__Leagues__9001"]);
        Assert.DoesNotContain("FootballData__Providers__simulator__Leagues__8", synthetic.Keys);
        Assert.Equal("SIM2", synthetic["FootballData__Providers__simulator__Leagues__9002"]);
    }

    [Fact]
    public async Task In_a_replayed_world_the_demo_strategies_trade_the_replayed_leagues()
    {
        var twoLeagues = await AppHostModel.BuildAsync("Simulator:Mode=Replay", "Simulator:Replay:Leagues:0=E0", "Simulator:Replay:Leagues:1=D1");
        var defaultLeague = await AppHostModel.BuildAsync("Simulator:Mode=Replay");
        var synthetic = await AppHostModel.BuildAsync();

        var two = await EnvironmentOfAsync(AppHostModel.Project(twoLeagues, "trader-service"));
        Assert.Equal("E0", two["Trader__DemoCompetitions__0"]);
        Assert.Equal("D1", two["Trader__DemoCompetitions__1"]);
        Assert.Equal("E0", (await EnvironmentOfAsync(AppHostModel.Project(defaultLeague, "trader-service")))["Trader__DemoCompetitions__0"]);
        Assert.DoesNotContain("Trader__DemoCompetitions__0", (await EnvironmentOfAsync(AppHostModel.Project(synthetic, "trader-service"))).Keys);
    }

    [Fact]
    public async Task In_a_replayed_world_the_checker_watches_the_replayed_leagues_on_the_exchange()
    {
        var twoLeagues = await EnvironmentOfAsync(AppHostModel.Project(await AppHostModel.BuildAsync("Simulator:Mode=Replay", "Simulator:Replay:Leagues:0=E0", "Simulator:Replay:Leagues:1=D1"), "odds-checker"));
        var defaultLeague = await EnvironmentOfAsync(AppHostModel.Project(await AppHostModel.BuildAsync("Simulator:Mode=Replay"), "odds-checker"));
        var synthetic = await EnvironmentOfAsync(AppHostModel.Project(await AppHostModel.BuildAsync(), "odds-checker"));

        // The exchange's competition ids are the Simulator's league ids (WorldIds), the same as in Football Data above.
        Assert.Equal("8", twoLeagues["OddsChecker__Sources__betfair__Competitions__E0"]);
        Assert.Equal("82", twoLeagues["OddsChecker__Sources__betfair__Competitions__D1"]);
        Assert.Equal("8", defaultLeague["OddsChecker__Sources__betfair__Competitions__E0"]);
        Assert.DoesNotContain(synthetic.Keys, k => k.StartsWith("OddsChecker__Sources__betfair__Competitions__", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Football_Data_settings_on_the_command_line_win_over_the_AppHost_defaults()
    {
        var builder = await AppHostModel.BuildAsync("FootballData:Providers:simulator:HistoryDaysBack=2000");

        var environment = await EnvironmentOfAsync(AppHostModel.Project(builder, "football-data"));

        Assert.Equal("2000", environment["FootballData__Providers__simulator__HistoryDaysBack"]);
    }

    [Fact]
    public async Task A_credential_given_to_the_run_command_is_forwarded_as_a_secret_parameter_and_other_settings_as_text()
    {
        var builder = await AppHostModel.BuildAsync(
            "FootballData:Providers:sportmonks:ApiToken=my-token", "FootballData:Providers:sportmonks:Type=sportmonks", "Simulator:Seed=7");

        var footballData = await AppHostModel.EnvironmentOfAsync(AppHostModel.Project(builder, "football-data"));

        Assert.Equal("my-token", await AppHostModel.SecretValueAsync(footballData["FootballData__Providers__sportmonks__ApiToken"]));
        Assert.Equal("sportmonks", footballData["FootballData__Providers__sportmonks__Type"]);
        Assert.Equal("7", (await EnvironmentOfAsync(AppHostModel.Project(builder, "world-simulator")))["Simulator__Seed"]);
        var parameter = Assert.Single(builder.Resources.OfType<ParameterResource>(), p => p.Name == "footballdata-providers-sportmonks-apitoken");
        Assert.True(parameter.Secret);
    }

    [Theory]
    [InlineData("Betfair:Password", true)]
    [InlineData("Betfair:AppKey", true)]
    [InlineData("FootballData:Providers:sportmonks:ApiToken", true)]
    [InlineData("Betfair:Username", false)]
    [InlineData("Betfair:Stream:TrustedCertificatePath", false)]
    [InlineData("OddsChecker:Sources:betfair:Competitions:E0", false)]
    public void Credentials_are_told_apart_by_their_setting_name(string key, bool secret) =>
        Assert.Equal(secret, SecretSettings.IsSecret(key));

    private static Task<Dictionary<string, string>> EnvironmentOfAsync(ProjectResource resource) => AppHostModel.PlainEnvironmentOfAsync(resource);
}

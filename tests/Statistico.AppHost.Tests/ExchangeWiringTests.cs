using Aspire.Hosting.ApplicationModel;
using Statistico.AppHost.Settings;

namespace Statistico.AppHost.Tests;

/// <summary>
/// ADR 1013 in the AppHost's model (nothing started): the default run has the checker's Betfair source on the
/// Simulator's market stream and the Trader's LIVE orders on its order stream, both pinning the certificate the Simulator
/// exports to this run's file; AppHost:Streams=false polls only; a Betfair app key points both at Betfair with the
/// system's trust and no demo strategies.
/// </summary>
[Trait("Category", "Unit")]
public sealed class ExchangeWiringTests
{
    private const string Checker = "odds-checker";
    private const string Trader = "trader-service";
    private const string Simulator = "world-simulator";

    [Fact]
    public async Task The_default_run_streams_from_the_Simulator_with_its_certificate_pinned()
    {
        var builder = await AppHostModel.BuildAsync();
        var simulator = AppHostModel.Project(builder, Simulator);
        var simulatorEnvironment = await AppHostModel.EnvironmentOfAsync(simulator);
        var checker = await AppHostModel.EnvironmentOfAsync(AppHostModel.Project(builder, Checker));
        var trader = await AppHostModel.EnvironmentOfAsync(AppHostModel.Project(builder, Trader));

        // The Simulator serves its stream on an Aspire endpoint (5191 in a run) and exports its certificate to a file of this run.
        var endpoint = simulator.Annotations.OfType<EndpointAnnotation>().Single(e => e.Name == ExchangeWiring.StreamEndpointName);
        Assert.Equal(("tcp", ExchangeWiring.StreamPort), (endpoint.UriScheme, endpoint.Port));
        Assert.True(simulatorEnvironment.ContainsKey("Simulator__Stream__Port"), "the Simulator is told the port to listen on");
        var certificate = Assert.IsType<string>(simulatorEnvironment["Simulator__Stream__CertificateExportPath"]);
        Assert.StartsWith(Path.GetTempPath(), certificate, StringComparison.Ordinal);
        Assert.EndsWith(".pem", certificate, StringComparison.Ordinal);
        Assert.False(File.Exists(certificate), "a new file per run, never one an earlier run left");

        Assert.Equal("true", checker["OddsChecker__Sources__betfair__Stream"]);
        Assert.Equal("00:00:01", checker["OddsChecker__Sources__betfair__StreamMinInterval"]);
        Assert.Equal("true", trader["Trader__Live__OrderStream"]);
        Assert.Equal("true", trader["Trader__DemoStrategies"]);
        foreach (var client in new[] { checker, trader })
        {
            Assert.Equal("http://world-simulator/exchange/betting/json-rpc/v1", client["Betfair__BaseUrl"]);
            Assert.Equal(certificate, client["Betfair__Stream__TrustedCertificatePath"]);
            AssertSimulatorStream(client["Betfair__Stream__Host"], EndpointProperty.Host);
            AssertSimulatorStream(client["Betfair__Stream__Port"], EndpointProperty.Port);
        }

        Assert.Equal("00:00:00.250", simulatorEnvironment["Simulator__Stream__TickInterval"]);
    }

    [Fact]
    public async Task Each_run_exports_the_certificate_to_a_file_of_its_own()
    {
        var first = await AppHostModel.EnvironmentOfAsync(AppHostModel.Project(await AppHostModel.BuildAsync(), Simulator));
        var second = await AppHostModel.EnvironmentOfAsync(AppHostModel.Project(await AppHostModel.BuildAsync(), Simulator));

        Assert.NotEqual(first["Simulator__Stream__CertificateExportPath"], second["Simulator__Stream__CertificateExportPath"]);
    }

    [Fact]
    public async Task Streams_off_leaves_the_checker_and_the_Trader_polling()
    {
        var builder = await AppHostModel.BuildAsync("AppHost:Streams=false");

        Assert.Equal("false", (await AppHostModel.PlainEnvironmentOfAsync(AppHostModel.Project(builder, Checker)))["OddsChecker__Sources__betfair__Stream"]);
        Assert.Equal("false", (await AppHostModel.PlainEnvironmentOfAsync(AppHostModel.Project(builder, Trader)))["Trader__Live__OrderStream"]);
    }

    [Fact]
    public async Task Settings_given_to_the_run_command_win_over_the_stream_defaults()
    {
        var builder = await AppHostModel.BuildAsync("OddsChecker:Sources:betfair:Stream=false", "Trader:Live:OrderStream=false", "Simulator:Stream:TickInterval=00:00:00.100");

        Assert.Equal("false", (await AppHostModel.PlainEnvironmentOfAsync(AppHostModel.Project(builder, Checker)))["OddsChecker__Sources__betfair__Stream"]);
        Assert.Equal("false", (await AppHostModel.PlainEnvironmentOfAsync(AppHostModel.Project(builder, Trader)))["Trader__Live__OrderStream"]);
        Assert.Equal("00:00:00.100", (await AppHostModel.PlainEnvironmentOfAsync(AppHostModel.Project(builder, Simulator)))["Simulator__Stream__TickInterval"]);
    }

    [Fact]
    public async Task A_Betfair_app_key_points_both_at_Betfair_with_the_systems_trust_and_no_demo_strategies()
    {
        var builder = await AppHostModel.BuildAsync("Betfair:AppKey=my-app-key", "Betfair:Username=me", "Betfair:Password=secret");
        var checker = await AppHostModel.EnvironmentOfAsync(AppHostModel.Project(builder, Checker));
        var trader = await AppHostModel.EnvironmentOfAsync(AppHostModel.Project(builder, Trader));

        foreach (var client in new[] { checker, trader })
        {
            Assert.Equal("https://api.betfair.com/exchange/betting/json-rpc/v1", client["Betfair__BaseUrl"]);
            Assert.Equal("me", client["Betfair__Username"]);
            // The real account's credentials travel as secret parameters (masked on the dashboard), never as plain text.
            Assert.Equal("my-app-key", await AppHostModel.SecretValueAsync(client["Betfair__AppKey"]));
            Assert.Equal("secret", await AppHostModel.SecretValueAsync(client["Betfair__Password"]));
            // Betfair's stream host and port and the system's trust are the client's defaults; nothing of the Simulator's.
            Assert.DoesNotContain(client.Keys, key => key.StartsWith("Betfair__Stream__", StringComparison.Ordinal));
            Assert.False(client.ContainsKey("Betfair__AllowHttpHost"), "credentials over plain http are for the Simulator only");
        }

        Assert.Equal("true", checker["OddsChecker__Sources__betfair__Stream"]);
        Assert.False(checker.ContainsKey("OddsChecker__Sources__betfair__ClockUrl"), "Betfair's kick-offs are on the wall clock");
        Assert.Equal("true", trader["Trader__Live__OrderStream"]);
        Assert.Equal("false", trader["Trader__DemoStrategies"]);
    }

    private static void AssertSimulatorStream(object value, EndpointProperty property)
    {
        var reference = Assert.IsType<EndpointReferenceExpression>(value);
        Assert.Equal((Simulator, ExchangeWiring.StreamEndpointName, property), (reference.Endpoint.Resource.Name, reference.Endpoint.EndpointName, reference.Property));
    }
}

extern alias simulator;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Statistico.Trader.Benchmarks;

/// <summary>
/// The real Simulator (its Betfair-compatible exchange) on the harness's database, as the Trader's LIVE tests host it:
/// a 20-team synthetic league, the clock paused two hours before the first kick-off (the first matchday's markets are
/// open and stay so), no crowd flow (orders rest unless they cross), and funds for every order of a run.
/// </summary>
internal sealed class SimulatorHost(string database) : WebApplicationFactory<simulator::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting(simulator::Statistico.Simulator.ControlApiGuard.EnabledKey, "true");
        builder.UseSetting("ConnectionStrings:simulator", database);
        builder.UseSetting("Simulator:Mode", "Synthetic");
        builder.UseSetting("Simulator:Seed", "5");
        builder.UseSetting("Simulator:StartPaused", "true");
        builder.UseSetting("Simulator:StartTime", "2030-08-03T10:30:00Z");
        builder.UseSetting("Simulator:Synthetic:Seasons", "1");
        builder.UseSetting("Simulator:Synthetic:Leagues:0:Teams", "20");
        builder.UseSetting("Simulator:Exchange:StartingBalance", "100000000");
        builder.UseSetting("Simulator:Exchange:CounterpartyFlowPerMinute", "0");
        // Warnings only: appsettings.json names categories at Information, which a minimum level alone does not override.
        foreach (var category in new[] { "Default", "Microsoft.AspNetCore", "MassTransit", "System.Net.Http", "Statistico" })
        {
            builder.UseSetting($"Logging:LogLevel:{category}", "Warning");
        }
    }
}

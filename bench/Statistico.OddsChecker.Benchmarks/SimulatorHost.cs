extern alias simulator;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Statistico.OddsChecker.Benchmarks;

/// <summary>
/// The real Simulator on the harness's database: a 20-team synthetic league (ten MATCH_ODDS markets on the first
/// matchday), the clock paused two hours before the first kick-off and no crowd flow, so its prices move only when the
/// harness moves them; funds for every order of a run; its Exchange Stream API on a loopback port the system chooses.
/// </summary>
internal sealed class SimulatorHost(string database) : WebApplicationFactory<simulator::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting(simulator::Statistico.Simulator.ControlApiGuard.EnabledKey, "true"); // the checkers read the world's clock from it
        builder.UseSetting("ConnectionStrings:simulator", database);
        builder.UseSetting("Simulator:Mode", "Synthetic");
        builder.UseSetting("Simulator:Seed", "5");
        builder.UseSetting("Simulator:StartPaused", "true");
        builder.UseSetting("Simulator:StartTime", "2030-08-03T10:30:00Z");
        builder.UseSetting("Simulator:Synthetic:Seasons", "1");
        builder.UseSetting("Simulator:Synthetic:Leagues:0:Teams", "20");
        builder.UseSetting("Simulator:Exchange:StartingBalance", "100000000");
        builder.UseSetting("Simulator:Exchange:CounterpartyFlowPerMinute", "0");
        builder.UseSetting("Simulator:Stream:Port", "0");
        builder.UseSetting("Simulator:Stream:BindAddress", "127.0.0.1");
        // Warnings only: appsettings.json names categories at Information, which a minimum level alone does not override.
        foreach (var category in new[] { "Default", "Microsoft.AspNetCore", "MassTransit", "System.Net.Http", "Statistico" })
        {
            builder.UseSetting($"Logging:LogLevel:{category}", "Warning");
        }
    }
}

extern alias simulator;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Statistico.Trader.Tests.Live;

/// <summary>
/// The real Simulator (its Betfair-compatible exchange and control API) on an isolated Postgres database: a six-team
/// synthetic league with the clock paused two hours before the first kick-off, so nothing matches unless it crosses,
/// and no customerRef de-duplication.
/// </summary>
internal sealed class LiveSimulatorFactory(string database, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<simulator::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting(simulator::Statistico.Simulator.ControlApiGuard.EnabledKey, "true");
        builder.UseSetting("ConnectionStrings:simulator", database);
        builder.UseSetting("Simulator:Mode", "Synthetic");
        builder.UseSetting("Simulator:Seed", "5");
        builder.UseSetting("Simulator:StartPaused", "true");
        builder.UseSetting("Simulator:StartTime", "2030-08-03T10:30:00Z");
        builder.UseSetting("Simulator:Synthetic:Seasons", "1");
        builder.UseSetting("Simulator:Synthetic:Leagues:0:Teams", "6");
        builder.UseSetting("Simulator:Exchange:LevelSize", "10");
        builder.UseSetting("Simulator:Exchange:CounterpartyFlowPerMinute", "1");
        // No customerRef de-duplication: the exchange's 60 s window would hide a second placement that a restart after
        // it would not. Every "exactly one order" here is the Trader's own doing.
        builder.UseSetting("Simulator:Exchange:DuplicateWindow", "00:00:00.001");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}

extern alias simulator;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Statistico.OddsChecker.Tests.Support;

/// <summary>Hosts the real Simulator (its exchange and control API over HTTP) against a real, isolated Postgres database.</summary>
internal sealed class SimulatorFactory(string database) : WebApplicationFactory<simulator::Program>
{
    /// <summary>A six-team synthetic league (three fixtures a matchday), clock paused two hours before the first kick-off.</summary>
    public static readonly Dictionary<string, string?> Settings = new()
    {
        ["Simulator:Mode"] = "Synthetic",
        ["Simulator:Seed"] = "5",
        ["Simulator:StartPaused"] = "true",
        ["Simulator:StartTime"] = "2030-08-03T10:30:00Z",
        ["Simulator:Synthetic:Seasons"] = "1",
        ["Simulator:Synthetic:Leagues:0:Teams"] = "6",
        ["Simulator:Exchange:LevelSize"] = "10",
        ["Simulator:Exchange:CounterpartyFlowPerMinute"] = "1",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting(simulator::Statistico.Simulator.ControlApiGuard.EnabledKey, "true"); // the tests drive its control API (ADR 0044)
        builder.UseSetting("ConnectionStrings:simulator", database);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }
}

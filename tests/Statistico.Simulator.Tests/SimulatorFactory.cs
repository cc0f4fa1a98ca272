using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Statistico.Simulator.Tests;

/// <summary>Hosts the real Simulator against a real (isolated) Postgres database, with settings of the test's choosing.</summary>
internal sealed class SimulatorFactory(string database, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting(Statistico.Simulator.ControlApiGuard.EnabledKey, "true"); // the tests drive its control API (ADR 0044)
        builder.UseSetting("ConnectionStrings:simulator", database);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}

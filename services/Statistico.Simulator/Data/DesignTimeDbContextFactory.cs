using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Statistico.Simulator.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SimulatorDbContext>
{
    public SimulatorDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SimulatorDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=simulator")
            .Options);
}

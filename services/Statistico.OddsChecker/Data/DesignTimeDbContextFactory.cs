using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Statistico.OddsChecker.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<OddsCheckerDbContext>
{
    public OddsCheckerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<OddsCheckerDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=oddschecker")
            .Options);
}

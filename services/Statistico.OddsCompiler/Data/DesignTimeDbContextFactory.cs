using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Statistico.OddsCompiler.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<OddsCompilerDbContext>
{
    public OddsCompilerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<OddsCompilerDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=oddscompiler")
            .Options);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Statistico.Trader.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<TraderDbContext>
{
    public TraderDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TraderDbContext>().UseNpgsql("Host=127.0.0.1;Database=trader").Options);
}

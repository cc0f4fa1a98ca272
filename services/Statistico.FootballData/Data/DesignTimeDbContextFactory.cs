using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Statistico.FootballData.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<FootballDataDbContext>
{
    public FootballDataDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<FootballDataDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=footballdata")
            .Options);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Statistico.Ratings.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<RatingsDbContext>
{
    public RatingsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RatingsDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=ratings")
            .Options);
}

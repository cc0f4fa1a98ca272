using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Statistico.OddsWarehouse.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<OddsWarehouseDbContext>
{
    public OddsWarehouseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<OddsWarehouseDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=oddswarehouse")
            .Options);
}

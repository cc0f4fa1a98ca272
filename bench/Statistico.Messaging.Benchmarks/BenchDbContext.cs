using Microsoft.EntityFrameworkCore;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Sagas;

namespace Statistico.Messaging.Benchmarks;

/// <summary>The benchmark's database: the saga table and the outbox tables.</summary>
public sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : DbContext(options)
{
    /// <summary>Creates the tables in an empty database (a no-op where they exist), for code that uses them without EF.</summary>
    public static async Task EnsureCreatedAsync(string connectionString)
    {
        await using var db = new BenchDbContext(new DbContextOptionsBuilder<BenchDbContext>().UseNpgsql(connectionString).Options);
        await db.Database.EnsureCreatedAsync();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddStatisticoOutbox();
        modelBuilder.MapSaga<BenchState>("bench_state").Property(s => s.CurrentState).HasMaxLength(32);
    }
}

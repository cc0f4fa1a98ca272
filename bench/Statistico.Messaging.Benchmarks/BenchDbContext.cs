using Microsoft.EntityFrameworkCore;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Sagas;

namespace Statistico.Messaging.Benchmarks;

/// <summary>The benchmark's database: the saga table and the outbox tables.</summary>
public sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddStatisticoOutbox();
        modelBuilder.MapSaga<BenchState>("bench_state").Property(s => s.CurrentState).HasMaxLength(32);
    }
}

using Microsoft.EntityFrameworkCore;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Sagas;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>The deadline saga's table and the outbox, as a service with a scheduled saga (the Trader) maps them.</summary>
public sealed class DeadlineDbContext(DbContextOptions<DeadlineDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddStatisticoOutbox();
        modelBuilder.MapSaga<DeadlineState>("deadline_state").Property(d => d.CurrentState).HasMaxLength(32);
    }

    /// <summary>
    /// Creates the saga and outbox tables. Call before the scheduler host starts: EF's EnsureCreated does nothing once
    /// the Quartz migration has put any table in the database.
    /// </summary>
    public static async Task CreateSchemaAsync(string connectionString)
    {
        await using var db = new DeadlineDbContext(new DbContextOptionsBuilder<DeadlineDbContext>().UseNpgsql(connectionString).Options);
        await db.Database.EnsureCreatedAsync();
    }
}

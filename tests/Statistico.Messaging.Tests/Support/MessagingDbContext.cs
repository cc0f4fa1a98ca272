using Microsoft.EntityFrameworkCore;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Sagas;
using Statistico.Messaging.Tests.Outbox;
using Statistico.Messaging.Tests.Sagas;

namespace Statistico.Messaging.Tests.Support;

/// <summary>A service-like DbContext: its own state (ledger, tally sagas) plus the outbox tables.</summary>
public sealed class MessagingDbContext(DbContextOptions<MessagingDbContext> options) : DbContext(options)
{
    public DbSet<LedgerEntry> Ledger => Set<LedgerEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddStatisticoOutbox();
        modelBuilder.MapSaga<TallyState>("tally_state").Property(t => t.CurrentState).HasMaxLength(32);
        modelBuilder.Entity<LedgerEntry>().ToTable("ledger").HasKey(e => e.EntryId);
    }
}

using Microsoft.EntityFrameworkCore;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Sagas;

namespace Statistico.Messaging.Tests.Sagas;

/// <summary>A service-like DbContext for the saga-repository concurrency tests: wallet and account sagas plus the outbox.</summary>
public sealed class SagaDbContext(DbContextOptions<SagaDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddStatisticoOutbox();
        modelBuilder.MapSaga<WalletState>("wallet_state").Property(w => w.CurrentState).HasMaxLength(32);
        var account = modelBuilder.MapSaga<AccountState>("account_state");
        account.Property(a => a.CurrentState).HasMaxLength(32);
        account.Property(a => a.Holder).IsRequired();
    }
}

using Microsoft.EntityFrameworkCore;

namespace Statistico.Simulator.Data;

/// <summary>The Simulator's own database: the world's clock and seed, sessions, the account, orders and settlements.</summary>
public sealed class SimulatorDbContext(DbContextOptions<SimulatorDbContext> options) : DbContext(options)
{
    public DbSet<WorldStateRow> WorldState => Set<WorldStateRow>();

    public DbSet<SessionRow> Sessions => Set<SessionRow>();

    public DbSet<AccountRow> Accounts => Set<AccountRow>();

    public DbSet<CustomerRefRow> CustomerRefs => Set<CustomerRefRow>();

    public DbSet<LiquidityTakenRow> LiquidityTaken => Set<LiquidityTakenRow>();

    public DbSet<MarketSettlementRow> MarketSettlements => Set<MarketSettlementRow>();

    public DbSet<OrderRow> Orders => Set<OrderRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WorldStateRow>().ToTable("world_state").HasKey(w => w.Id);
        modelBuilder.Entity<WorldStateRow>().Property(w => w.Id).ValueGeneratedNever();

        var session = modelBuilder.Entity<SessionRow>().ToTable("sessions");
        session.HasKey(s => s.Token);
        session.Property(s => s.Token).HasMaxLength(64);
        session.Property(s => s.Username).HasMaxLength(100);

        var account = modelBuilder.Entity<AccountRow>().ToTable("accounts");
        account.HasKey(a => a.Username);
        account.Property(a => a.Username).HasMaxLength(100);

        var customerRef = modelBuilder.Entity<CustomerRefRow>().ToTable("customer_refs");
        customerRef.HasKey(c => c.CustomerRef);
        customerRef.Property(c => c.CustomerRef).HasMaxLength(32);

        var taken = modelBuilder.Entity<LiquidityTakenRow>().ToTable("liquidity_taken");
        taken.HasKey(t => new { t.MarketId, t.SelectionId, t.LadderSide, t.Price, t.Period });
        taken.Property(t => t.MarketId).HasMaxLength(32);
        taken.Property(t => t.LadderSide).HasMaxLength(4);

        var settlement = modelBuilder.Entity<MarketSettlementRow>().ToTable("market_settlements");
        settlement.HasKey(s => s.MarketId);
        settlement.Property(s => s.MarketId).HasMaxLength(32);

        var order = modelBuilder.Entity<OrderRow>().ToTable("orders");
        order.HasKey(o => o.BetId);
        order.Property(o => o.BetId).ValueGeneratedNever();
        order.Property(o => o.MarketId).HasMaxLength(32);
        order.Property(o => o.Side).HasConversion<string>().HasMaxLength(8);
        order.Property(o => o.PersistenceType).HasConversion<string>().HasMaxLength(16);
        order.Property(o => o.Status).HasConversion<string>().HasMaxLength(24);
        order.Property(o => o.CustomerOrderRef).HasMaxLength(32);
        order.Property(o => o.CustomerStrategyRef).HasMaxLength(15);
        order.Property(o => o.BetOutcome).HasMaxLength(8);
        order.Ignore(o => o.SizeRemaining);
        order.HasIndex(o => o.MarketId);
        order.HasIndex(o => o.Status);
        order.HasIndex(o => o.CustomerOrderRef);
    }
}

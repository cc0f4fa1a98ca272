using Microsoft.EntityFrameworkCore;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Sagas;
using Statistico.Trader.Decisions;
using Statistico.Trader.Live;
using Statistico.Trader.Paper;
using Statistico.Trader.Positions;
using Statistico.Trader.Strategies;
using Statistico.Trader.Trading;

namespace Statistico.Trader.Data;

/// <summary>The Trader's own database: strategies and their versions, prices it decides on, trades and positions.</summary>
public sealed class TraderDbContext(DbContextOptions<TraderDbContext> options) : DbContext(options)
{
    public DbSet<Strategy> Strategies => Set<Strategy>();

    public DbSet<StrategyVersion> StrategyVersions => Set<StrategyVersion>();

    public DbSet<TrackedFixture> Fixtures => Set<TrackedFixture>();

    public DbSet<CompiledPrice> CompiledPrices => Set<CompiledPrice>();

    public DbSet<ObservedPrice> ObservedPrices => Set<ObservedPrice>();

    public DbSet<TradeState> Trades => Set<TradeState>();

    public DbSet<Position> Positions => Set<Position>();

    public DbSet<KillSwitch> KillSwitches => Set<KillSwitch>();

    public DbSet<PaperOrder> PaperOrders => Set<PaperOrder>();

    /// <summary>One row per LIVE order reference, committed before its exchange call (ADR 0610).</summary>
    public DbSet<LiveOrder> LiveOrders => Set<LiveOrder>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Signals, orders and state changes leave with the transaction that decided them; every message is consumed once.
        modelBuilder.AddStatisticoOutbox();

        var strategy = modelBuilder.Entity<Strategy>();
        strategy.ToTable("strategies");
        strategy.HasKey(s => s.Id);
        strategy.Property(s => s.Id).HasMaxLength(64);
        strategy.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        strategy.Property(s => s.Definition).HasJsonConversion();
        // Postgres' xmin as row version: two edits racing cannot both make version n + 1.
        strategy.Property<uint>("RowVersion").IsRowVersion();

        var version = modelBuilder.Entity<StrategyVersion>();
        version.ToTable("strategy_versions");
        version.HasKey(v => new { v.StrategyId, v.Version });
        version.Property(v => v.StrategyId).HasMaxLength(64);
        version.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
        version.Property(v => v.Change).HasMaxLength(200);
        version.Property(v => v.Definition).HasJsonConversion();

        var fixture = modelBuilder.Entity<TrackedFixture>();
        fixture.ToTable("fixtures");
        fixture.HasKey(f => f.FixtureId);
        fixture.Property(f => f.CompetitionId).HasMaxLength(16);
        fixture.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);

        var compiled = modelBuilder.Entity<CompiledPrice>();
        compiled.ToTable("compiled_prices");
        compiled.HasKey(c => new { c.FixtureId, c.Model, c.MarketType, c.Selection });
        compiled.Property(c => c.Model).HasMaxLength(200);
        compiled.Property(c => c.MarketType).HasMaxLength(64);
        compiled.Property(c => c.Selection).HasMaxLength(64);
        compiled.Property(c => c.ModelVersion).HasMaxLength(64);

        var observed = modelBuilder.Entity<ObservedPrice>();
        observed.ToTable("observed_prices");
        observed.HasKey(o => new { o.Source, o.FixtureId, o.MarketType, o.Selection });
        observed.Property(o => o.Source).HasMaxLength(64);
        observed.Property(o => o.MarketType).HasMaxLength(64);
        observed.Property(o => o.Selection).HasMaxLength(64);
        observed.Property(o => o.ExchangeMarketId).HasMaxLength(64);
        observed.Property(o => o.Status).HasMaxLength(16);
        observed.HasIndex(o => o.ExchangeMarketId);

        var trade = modelBuilder.MapSaga<TradeState>("trades");
        trade.Property(t => t.CurrentState).HasMaxLength(32);
        trade.Property(t => t.StrategyId).HasMaxLength(64);
        trade.Property(t => t.Mode).HasConversion<string>().HasMaxLength(8);
        trade.Property(t => t.Side).HasConversion<string>().HasMaxLength(8);
        trade.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(8);
        trade.Property(t => t.MarketType).HasMaxLength(64);
        trade.Property(t => t.Selection).HasMaxLength(64);
        trade.Property(t => t.Source).HasMaxLength(64);
        trade.Property(t => t.ExchangeMarketId).HasMaxLength(64);
        trade.Property(t => t.CustomerOrderRef).HasMaxLength(32);
        trade.Property(t => t.BetId).HasMaxLength(64);
        trade.Property(t => t.EndReason).HasMaxLength(200);
        trade.Property(t => t.Timeline).HasJsonConversion();
        trade.HasIndex(t => t.FixtureId);
        trade.HasIndex(t => new { t.StrategyId, t.SignalledAt });
        trade.HasIndex(t => t.CustomerOrderRef).IsUnique();

        var position = modelBuilder.Entity<Position>();
        position.ToTable("positions");
        position.HasKey(p => p.TradeId);
        position.Property(p => p.StrategyId).HasMaxLength(64);
        position.Property(p => p.MarketType).HasMaxLength(64);
        position.Property(p => p.Selection).HasMaxLength(64);
        position.Property(p => p.Mode).HasConversion<string>().HasMaxLength(8);
        position.Property(p => p.FinalState).HasMaxLength(32);
        position.HasIndex(p => new { p.StrategyId, p.FixtureId, p.MarketType, p.Selection }).IsUnique().HasFilter("\"ClosedAt\" IS NULL");
        position.HasIndex(p => new { p.StrategyId, p.ClosedAt });
        position.HasIndex(p => p.OpenedAt);

        var killSwitch = modelBuilder.Entity<KillSwitch>();
        killSwitch.ToTable("kill_switch");
        killSwitch.HasKey(k => k.Id);
        killSwitch.Property(k => k.Id).ValueGeneratedNever();
        killSwitch.Property(k => k.Reason).HasMaxLength(400);

        var paper = modelBuilder.Entity<PaperOrder>();
        paper.ToTable("paper_orders");
        paper.HasKey(p => p.TradeId);
        paper.Property(p => p.BetId).HasMaxLength(64);
        paper.Property(p => p.Source).HasMaxLength(64);
        paper.Property(p => p.MarketType).HasMaxLength(64);
        paper.Property(p => p.Selection).HasMaxLength(64);
        paper.Property(p => p.Side).HasConversion<string>().HasMaxLength(8);
        paper.HasIndex(p => new { p.Source, p.FixtureId, p.MarketType, p.Selection });

        modelBuilder.ApplyConfiguration(new LiveOrderConfiguration());
    }
}

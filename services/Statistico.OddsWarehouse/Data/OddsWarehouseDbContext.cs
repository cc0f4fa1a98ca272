using Microsoft.EntityFrameworkCore;

namespace Statistico.OddsWarehouse.Data;

/// <summary>
/// The warehouse's own database. EF Core owns the small tables and the migrations; the time-series tables
/// (<c>price_ticks</c>, partitioned by month, and <c>price_samples</c>) are created by raw SQL in the migrations and
/// written with binary COPY, never through EF (ADR 0300).
/// </summary>
public sealed class OddsWarehouseDbContext(DbContextOptions<OddsWarehouseDbContext> options) : DbContext(options)
{
    public DbSet<FixtureKickOff> FixtureKickOffs => Set<FixtureKickOff>();

    public DbSet<PriceSeries> PriceSeries => Set<PriceSeries>();

    public DbSet<ReceivedBatch> ReceivedBatches => Set<ReceivedBatch>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var kickOff = modelBuilder.Entity<FixtureKickOff>();
        kickOff.ToTable("fixture_kick_offs");
        kickOff.HasKey(f => f.FixtureId);
        kickOff.Property(f => f.FixtureId).HasColumnName("fixture_id");
        kickOff.Property(f => f.KickOff).HasColumnName("kick_off");
        kickOff.Property(f => f.Status).HasColumnName("status").HasMaxLength(16);
        kickOff.Property(f => f.AsOf).HasColumnName("as_of");

        var series = modelBuilder.Entity<PriceSeries>();
        series.ToTable("price_series");
        series.HasKey(s => s.Id);
        series.Property(s => s.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        series.Property(s => s.FixtureId).HasColumnName("fixture_id");
        // "C" collation: byte-wise comparison is all a key needs and is cheaper than the locale's.
        series.Property(s => s.MarketType).HasColumnName("market_type").HasMaxLength(64).UseCollation("C");
        series.Property(s => s.Handicap).HasColumnName("handicap").HasColumnType("numeric");
        series.Property(s => s.Selection).HasColumnName("selection").HasMaxLength(64).UseCollation("C");
        series.Property(s => s.Source).HasColumnName("source").HasMaxLength(64).UseCollation("C");
        series.HasIndex(s => new { s.FixtureId, s.MarketType, s.Handicap, s.Selection, s.Source })
            .IsUnique()
            .HasDatabaseName("ux_price_series_key");

        var batch = modelBuilder.Entity<ReceivedBatch>();
        batch.ToTable("received_batches");
        batch.HasKey(b => b.BatchId);
        batch.Property(b => b.BatchId).HasColumnName("batch_id");
        batch.Property(b => b.ReceivedAt).HasColumnName("received_at");
        batch.HasIndex(b => b.ReceivedAt).HasDatabaseName("ix_received_batches_received_at");
    }
}

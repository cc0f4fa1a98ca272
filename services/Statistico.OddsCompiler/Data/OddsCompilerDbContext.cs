using Microsoft.EntityFrameworkCore;
using Statistico.Messaging.Outbox;

namespace Statistico.OddsCompiler.Data;

/// <summary>The compiler's own database: fixtures it prices, the history it fits on, the last published books, model snapshots.</summary>
public sealed class OddsCompilerDbContext(DbContextOptions<OddsCompilerDbContext> options) : DbContext(options)
{
    public DbSet<PricedFixture> Fixtures => Set<PricedFixture>();

    public DbSet<CompiledBook> Books => Set<CompiledBook>();

    public DbSet<CompetitionModelSnapshot> Snapshots => Set<CompetitionModelSnapshot>();

    public DbSet<CompetitionState> Competitions => Set<CompetitionState>();

    public DbSet<TeamRatingRecord> TeamRatings => Set<TeamRatingRecord>();

    public DbSet<PlayedMatch> PlayedMatches => Set<PlayedMatch>();

    public DbSet<HistoryBackfillRun> HistoryBackfills => Set<HistoryBackfillRun>();

    public DbSet<MarketPriceRecord> MarketPrices => Set<MarketPriceRecord>();

    public DbSet<MarketInformedBook> MarketInformedBooks => Set<MarketInformedBook>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // OddsCompiled leaves with the book row that records it (transactional outbox); redeliveries are recognised (inbox).
        modelBuilder.AddStatisticoOutbox();

        var fixture = modelBuilder.Entity<PricedFixture>();
        fixture.ToTable("fixtures");
        fixture.Property(f => f.Id).ValueGeneratedNever();
        fixture.Property(f => f.CompetitionId).HasMaxLength(16);
        fixture.Property(f => f.Season).HasMaxLength(16);
        fixture.Property(f => f.HomeTeam).HasMaxLength(100);
        fixture.Property(f => f.AwayTeam).HasMaxLength(100);
        fixture.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        fixture.Property(f => f.NotPricedReason).HasMaxLength(500);
        fixture.HasIndex(f => new { f.CompetitionId, f.Status });
        // Postgres' xmin as row version: a refresh that read a fixture before a consumer changed it cannot write its
        // stale NeedsPublish over the change (ADR 0406); the loser of the race fails its save and runs again.
        fixture.Property<uint>("RowVersion").IsRowVersion();

        var book = modelBuilder.Entity<CompiledBook>();
        book.ToTable("books");
        book.HasKey(b => b.FixtureId);
        book.Property(b => b.ModelName).HasMaxLength(100);
        book.Property(b => b.ModelVersion).HasMaxLength(32);
        book.Property(b => b.Markets).HasColumnType("jsonb");

        var snapshot = modelBuilder.Entity<CompetitionModelSnapshot>();
        snapshot.ToTable("model_snapshots");
        snapshot.Property(s => s.CompetitionId).HasMaxLength(16);
        snapshot.Property(s => s.ModelName).HasMaxLength(100);
        snapshot.Property(s => s.Parameters).HasColumnType("jsonb");
        snapshot.Property(s => s.Evaluation).HasColumnType("jsonb");
        snapshot.HasIndex(s => new { s.CompetitionId, s.Version }).IsUnique();

        var competition = modelBuilder.Entity<CompetitionState>();
        competition.ToTable("competitions");
        competition.HasKey(c => c.CompetitionId);
        competition.Property(c => c.CompetitionId).HasMaxLength(16);
        competition.Property(c => c.Reason).HasMaxLength(500);

        var rating = modelBuilder.Entity<TeamRatingRecord>();
        rating.ToTable("team_ratings");
        rating.HasKey(r => new { r.CompetitionId, r.Team });
        rating.Property(r => r.CompetitionId).HasMaxLength(16);
        rating.Property(r => r.Team).HasMaxLength(100);
        rating.HasIndex(r => new { r.Team, r.LastKickOff });

        var played = modelBuilder.Entity<PlayedMatch>();
        played.ToTable("played_matches");
        played.HasKey(p => p.FixtureId);
        played.Property(p => p.FixtureId).ValueGeneratedNever();
        played.Property(p => p.CompetitionId).HasMaxLength(16);
        played.Property(p => p.HomeTeam).HasMaxLength(100);
        played.Property(p => p.AwayTeam).HasMaxLength(100);
        played.HasIndex(p => new { p.CompetitionId, p.KickOff });

        var backfill = modelBuilder.Entity<HistoryBackfillRun>();
        backfill.ToTable("history_backfills");
        backfill.HasKey(b => b.CompetitionId);
        backfill.Property(b => b.CompetitionId).HasMaxLength(16);

        var price = modelBuilder.Entity<MarketPriceRecord>();
        price.ToTable("market_prices");
        price.HasKey(p => new { p.FixtureId, p.Source, p.MarketType });
        price.Property(p => p.Source).HasMaxLength(64);
        price.Property(p => p.MarketType).HasMaxLength(32);

        var informed = modelBuilder.Entity<MarketInformedBook>();
        informed.ToTable("market_informed_books");
        informed.HasKey(b => b.FixtureId);
        informed.Property(b => b.FixtureId).ValueGeneratedNever();
        informed.Property(b => b.ModelVersion).HasMaxLength(32);
        informed.Property(b => b.Markets).HasColumnType("jsonb");
        informed.Property(b => b.StatsScores).HasColumnType("jsonb");
    }
}

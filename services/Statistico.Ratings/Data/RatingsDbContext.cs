using Microsoft.EntityFrameworkCore;
using Statistico.Messaging.Outbox;

namespace Statistico.Ratings.Data;

/// <summary>Ratings' own database: results as heard, the rating history they produce, and recomputation state.</summary>
public sealed class RatingsDbContext(DbContextOptions<RatingsDbContext> options) : DbContext(options)
{
    public DbSet<StoredResult> Results => Set<StoredResult>();

    public DbSet<RatingHistoryEntry> History => Set<RatingHistoryEntry>();

    public DbSet<CompetitionState> Competitions => Set<CompetitionState>();

    public DbSet<DirtyMark> DirtyMarks => Set<DirtyMark>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddStatisticoOutbox();

        var result = modelBuilder.Entity<StoredResult>();
        result.ToTable("results");
        result.HasKey(r => r.FixtureId);
        result.Property(r => r.CompetitionId).HasMaxLength(16);
        result.Property(r => r.HomeTeam).HasMaxLength(100);
        result.Property(r => r.AwayTeam).HasMaxLength(100);
        result.HasIndex(r => new { r.CompetitionId, r.KickOff });

        var history = modelBuilder.Entity<RatingHistoryEntry>();
        history.ToTable("rating_history");
        history.HasKey(h => new { h.FixtureId, h.Team });
        history.Property(h => h.Team).HasMaxLength(100);
        history.Property(h => h.Opponent).HasMaxLength(100);
        history.Property(h => h.CompetitionId).HasMaxLength(16);
        history.HasIndex(h => new { h.CompetitionId, h.KickOff });
        history.HasIndex(h => new { h.CompetitionId, h.Team, h.KickOff });

        var state = modelBuilder.Entity<CompetitionState>();
        state.ToTable("competition_state");
        state.HasKey(s => s.CompetitionId);
        state.Property(s => s.CompetitionId).HasMaxLength(16);

        var mark = modelBuilder.Entity<DirtyMark>();
        mark.ToTable("dirty_marks");
        mark.Property(m => m.CompetitionId).HasMaxLength(16);
        mark.HasIndex(m => m.CompetitionId);
    }
}

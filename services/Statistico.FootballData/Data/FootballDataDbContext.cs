using Microsoft.EntityFrameworkCore;
using Statistico.Messaging.Outbox;

namespace Statistico.FootballData.Data;

/// <summary>Football Data's own database: competitions, teams, fixtures, results.</summary>
public sealed class FootballDataDbContext(DbContextOptions<FootballDataDbContext> options) : DbContext(options)
{
    public DbSet<Fixture> Fixtures => Set<Fixture>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Events leave with the change that caused them (transactional outbox), and redeliveries are recognised (inbox).
        modelBuilder.AddStatisticoOutbox();

        var fixture = modelBuilder.Entity<Fixture>();
        fixture.ToTable("fixtures");
        fixture.HasKey(f => f.Id);
        fixture.Property(f => f.CompetitionId).HasMaxLength(16);
        fixture.Property(f => f.Season).HasMaxLength(16);
        fixture.Property(f => f.HomeTeam).HasMaxLength(100);
        fixture.Property(f => f.AwayTeam).HasMaxLength(100);
        fixture.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        // One fixture per pairing and kick-off: a re-run import must not duplicate it.
        fixture.HasIndex(f => new { f.CompetitionId, f.HomeTeam, f.AwayTeam, f.KickOff }).IsUnique();
        fixture.HasIndex(f => f.KickOff);
    }
}

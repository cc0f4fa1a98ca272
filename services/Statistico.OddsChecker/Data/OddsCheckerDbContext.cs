using Microsoft.EntityFrameworkCore;
using Statistico.Messaging.Outbox;

namespace Statistico.OddsChecker.Data;

/// <summary>The checker's own database: known fixtures, event links, aliases, unmatched events and last-published prices.</summary>
internal sealed class OddsCheckerDbContext(DbContextOptions<OddsCheckerDbContext> options) : DbContext(options)
{
    public DbSet<TrackedFixture> Fixtures => Set<TrackedFixture>();

    public DbSet<EventLink> EventLinks => Set<EventLink>();

    public DbSet<TeamAlias> TeamAliases => Set<TeamAlias>();

    public DbSet<UnmatchedEvent> UnmatchedEvents => Set<UnmatchedEvent>();

    public DbSet<MarketState> MarketStates => Set<MarketState>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Batches leave with the fingerprints that caused them (transactional outbox); fixture events are de-duplicated (inbox).
        modelBuilder.AddStatisticoOutbox();

        var fixture = modelBuilder.Entity<TrackedFixture>();
        fixture.ToTable("fixtures");
        fixture.HasKey(f => f.FixtureId);
        fixture.Property(f => f.CompetitionId).HasMaxLength(16);
        fixture.Property(f => f.HomeTeam).HasMaxLength(100);
        fixture.Property(f => f.AwayTeam).HasMaxLength(100);
        fixture.Property(f => f.Status).HasMaxLength(32);
        fixture.HasIndex(f => f.KickOff);

        var link = modelBuilder.Entity<EventLink>();
        link.ToTable("event_links");
        link.HasKey(l => new { l.Source, l.EventId });
        link.Property(l => l.Source).HasMaxLength(64);
        link.Property(l => l.EventId).HasMaxLength(64);
        link.Property(l => l.MatchedBy).HasMaxLength(16);

        var alias = modelBuilder.Entity<TeamAlias>();
        alias.ToTable("team_aliases");
        alias.HasKey(a => new { a.Source, a.Spelling });
        alias.Property(a => a.Source).HasMaxLength(64);
        alias.Property(a => a.Spelling).HasMaxLength(100);
        alias.Property(a => a.Team).HasMaxLength(100);

        var unmatched = modelBuilder.Entity<UnmatchedEvent>();
        unmatched.ToTable("unmatched_events");
        unmatched.HasKey(u => new { u.Source, u.EventId });
        unmatched.Property(u => u.Source).HasMaxLength(64);
        unmatched.Property(u => u.EventId).HasMaxLength(64);
        unmatched.Property(u => u.Name).HasMaxLength(200);
        unmatched.Property(u => u.CompetitionId).HasMaxLength(64);
        unmatched.Property(u => u.Reason).HasMaxLength(400);

        var state = modelBuilder.Entity<MarketState>();
        state.ToTable("market_states");
        state.HasKey(s => new { s.Source, s.MarketId });
        state.Property(s => s.Source).HasMaxLength(64);
        state.Property(s => s.MarketId).HasMaxLength(64);
        state.Property(s => s.Fingerprint).HasMaxLength(64);
        state.Property(s => s.EventId).HasMaxLength(64);
        state.Property(s => s.MarketType).HasMaxLength(64);
        state.Property(s => s.Status).HasMaxLength(16);
        state.HasIndex(s => new { s.Source, s.FixtureId });
    }
}

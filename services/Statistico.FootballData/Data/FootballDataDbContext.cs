using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Statistico.FootballDataFiles;
using Statistico.Messaging.Outbox;

namespace Statistico.FootballData.Data;

/// <summary>Football Data's own database: competitions, seasons, teams, fixtures with results and statistics.</summary>
public sealed class FootballDataDbContext(DbContextOptions<FootballDataDbContext> options) : DbContext(options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public DbSet<Competition> Competitions => Set<Competition>();

    public DbSet<Season> Seasons => Set<Season>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<TeamAlias> TeamAliases => Set<TeamAlias>();

    public DbSet<Fixture> Fixtures => Set<Fixture>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    public DbSet<HistoryBackfillRow> HistoryBackfills => Set<HistoryBackfillRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Events leave with the change that caused them (transactional outbox), and redeliveries are recognised (inbox).
        modelBuilder.AddStatisticoOutbox();

        var competition = modelBuilder.Entity<Competition>();
        competition.ToTable("competitions");
        competition.Property(c => c.Id).HasMaxLength(16);
        competition.Property(c => c.Name).HasMaxLength(100);
        competition.Property(c => c.Country).HasMaxLength(100);

        var season = modelBuilder.Entity<Season>();
        season.ToTable("seasons");
        season.Property(s => s.CompetitionId).HasMaxLength(16);
        season.Property(s => s.Label).HasMaxLength(16);
        season.HasOne<Competition>().WithMany().HasForeignKey(s => s.CompetitionId);
        season.HasIndex(s => new { s.CompetitionId, s.StartYear }).IsUnique();

        var team = modelBuilder.Entity<Team>();
        team.ToTable("teams");
        team.Property(t => t.Name).HasMaxLength(100);
        team.HasIndex(t => t.Name).IsUnique();
        team.HasMany(t => t.Aliases).WithOne().HasForeignKey(a => a.TeamId);

        var alias = modelBuilder.Entity<TeamAlias>();
        alias.ToTable("team_aliases");
        alias.HasKey(a => new { a.Source, a.Spelling });
        alias.Property(a => a.Source).HasMaxLength(64);
        alias.Property(a => a.Spelling).HasMaxLength(100);

        ConfigureFixture(modelBuilder.Entity<Fixture>());
        ConfigureImportRun(modelBuilder.Entity<ImportRun>());

        var history = modelBuilder.Entity<HistoryBackfillRow>();
        history.ToTable("history_backfills");
        history.HasKey(h => new { h.Provider, h.LeagueId });
        history.Property(h => h.Provider).HasMaxLength(64);
        history.Property(h => h.LeagueId).HasMaxLength(32);
        history.Property(h => h.CompetitionId).HasMaxLength(16);
        history.Property(h => h.LastProblem).HasMaxLength(1000);
    }

    private static void ConfigureFixture(EntityTypeBuilder<Fixture> fixture)
    {
        fixture.ToTable("fixtures");
        fixture.Property(f => f.CompetitionId).HasMaxLength(16);
        fixture.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        fixture.Property(f => f.Referee).HasMaxLength(100);
        fixture.Property(f => f.Source).HasMaxLength(64);
        fixture.HasOne<Competition>().WithMany().HasForeignKey(f => f.CompetitionId);
        fixture.HasOne(f => f.Season).WithMany().HasForeignKey(f => f.SeasonId);
        fixture.HasOne(f => f.HomeTeam).WithMany().HasForeignKey(f => f.HomeTeamId).OnDelete(DeleteBehavior.Restrict);
        fixture.HasOne(f => f.AwayTeam).WithMany().HasForeignKey(f => f.AwayTeamId).OnDelete(DeleteBehavior.Restrict);
        // A league season has one fixture per ordered pairing: it is how sources without fixture ids (CSV files) and
        // sources with their own ids (Sportmonks) land on the same row, and why a re-run import cannot duplicate.
        fixture.HasIndex(f => new { f.SeasonId, f.HomeTeamId, f.AwayTeamId }).IsUnique();
        fixture.HasIndex(f => f.KickOff);
        fixture.HasIndex(f => new { f.CompetitionId, f.KickOff });
        fixture.HasIndex(f => new { f.HomeTeamId, f.KickOff });
        fixture.HasIndex(f => new { f.AwayTeamId, f.KickOff });
        fixture.OwnsOne(f => f.HomeStatistics, s => ConfigureStatistics(s, "Home"));
        fixture.OwnsOne(f => f.AwayStatistics, s => ConfigureStatistics(s, "Away"));
        fixture.Navigation(f => f.HomeStatistics).IsRequired();
        fixture.Navigation(f => f.AwayStatistics).IsRequired();
    }

    private static void ConfigureStatistics(OwnedNavigationBuilder<Fixture, MatchStatistics> statistics, string prefix)
    {
        statistics.Ignore(s => s.IsEmpty);
        statistics.Property(s => s.Shots).HasColumnName(prefix + "Shots");
        statistics.Property(s => s.ShotsOnTarget).HasColumnName(prefix + "ShotsOnTarget");
        statistics.Property(s => s.Corners).HasColumnName(prefix + "Corners");
        statistics.Property(s => s.Fouls).HasColumnName(prefix + "Fouls");
        statistics.Property(s => s.YellowCards).HasColumnName(prefix + "YellowCards");
        statistics.Property(s => s.RedCards).HasColumnName(prefix + "RedCards");
        statistics.Property(s => s.ExpectedGoals).HasColumnName(prefix + "ExpectedGoals");
    }

    private static void ConfigureImportRun(EntityTypeBuilder<ImportRun> run)
    {
        run.ToTable("import_runs");
        run.Property(r => r.Source).HasMaxLength(64);
        run.Property(r => r.Name).HasMaxLength(1000);
        run.HasIndex(r => r.StartedAt);
        run.Property(r => r.Problems)
            .HasColumnType("jsonb")
            .HasConversion(
                problems => JsonSerializer.Serialize(problems, Json),
                json => JsonSerializer.Deserialize<List<DataProblem>>(json, Json) ?? new List<DataProblem>(),
                new ValueComparer<List<DataProblem>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, problem) => HashCode.Combine(hash, problem.GetHashCode())),
                    list => list.ToList()));
    }
}

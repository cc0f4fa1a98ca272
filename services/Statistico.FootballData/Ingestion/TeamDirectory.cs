using Microsoft.EntityFrameworkCore;
using Statistico.FootballData.Data;

namespace Statistico.FootballData.Ingestion;

/// <summary>
/// Turns one source's team spellings into teams, for the length of one import: the source's aliases first, then the
/// canonical names, then the source's policy for a name never seen (create it, or report it and skip the row).
/// </summary>
public sealed class TeamDirectory
{
    private readonly FootballDataDbContext db;
    private readonly string source;
    private readonly UnknownTeamPolicy policy;
    private readonly Dictionary<string, Team> bySpelling;
    private readonly Dictionary<string, Team> byName;

    private TeamDirectory(FootballDataDbContext db, string source, UnknownTeamPolicy policy, Dictionary<string, Team> bySpelling, Dictionary<string, Team> byName)
    {
        this.db = db;
        this.source = source;
        this.policy = policy;
        this.bySpelling = bySpelling;
        this.byName = byName;
    }

    public static async Task<TeamDirectory> LoadAsync(FootballDataDbContext db, string source, UnknownTeamPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // A few hundred teams at most: one read each per import beats a query per row.
        var teams = await db.Teams.AsNoTracking().ToListAsync(cancellationToken);
        var aliases = await db.TeamAliases.AsNoTracking().Where(a => a.Source == source).ToListAsync(cancellationToken);
        var byId = teams.ToDictionary(t => t.Id);
        var byName = teams.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var bySpelling = aliases.ToDictionary(a => a.Spelling, a => byId[a.TeamId], StringComparer.Ordinal);
        return new TeamDirectory(db, source, policy, bySpelling, byName);
    }

    /// <summary>The team a spelling means, or null (with the reason) when the policy is to report unknown names.</summary>
    public Team? Resolve(string spelling, out string? problem)
    {
        problem = null;
        if (bySpelling.TryGetValue(spelling, out var team) || byName.TryGetValue(spelling, out team))
        {
            return team;
        }

        if (policy == UnknownTeamPolicy.Report)
        {
            problem = $"unknown team '{spelling}' for source '{source}': add an alias (PUT /api/teams/{{id}}/aliases/{source}/{{spelling}}); row skipped";
            return null;
        }

        team = new Team { Id = Guid.NewGuid(), Name = spelling };
        db.Teams.Add(team);
        byName[spelling] = team;
        return team;
    }
}

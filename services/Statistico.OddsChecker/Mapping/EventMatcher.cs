using Statistico.OddsChecker.Data;
using Statistico.OddsChecker.Sources;

namespace Statistico.OddsChecker.Mapping;

/// <summary>
/// Matches a source event to a fixture (ADR 0500): same competition, kick-off within a tolerance, and both teams
/// the same by alias or by a fuzzy name match above a threshold. An ambiguous or weak match is reported, never taken.
/// </summary>
/// <param name="fixtures">The candidates.</param>
/// <param name="aliases">The source's team aliases.</param>
/// <param name="competitions">Statistico competition id to the source's.</param>
/// <param name="kickOffTolerance">How far the source's start may be from the kick-off (default <see cref="KickOffTolerance"/>;
/// a historical file without kick-off times matches by day).</param>
internal sealed class EventMatcher(
    IReadOnlyList<TrackedFixture> fixtures, IReadOnlyList<TeamAlias> aliases, IReadOnlyDictionary<string, string> competitions, TimeSpan? kickOffTolerance = null)
{
    private readonly TimeSpan tolerance = kickOffTolerance ?? KickOffTolerance;

    /// <summary>Kick-off times of a source and Football Data may differ by a little (a source rounding, a late change).</summary>
    public static readonly TimeSpan KickOffTolerance = TimeSpan.FromMinutes(30);

    /// <summary>Below this similarity a team name is not the same team.</summary>
    public const double Threshold = 0.8;

    private readonly Dictionary<string, string> aliasBySpelling = aliases
        .GroupBy(a => a.Spelling, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().Team, StringComparer.OrdinalIgnoreCase);

    public EventMatch Match(SourceEvent sourceEvent)
    {
        ArgumentNullException.ThrowIfNull(sourceEvent);
        var candidates = fixtures
            .Where(f => sourceEvent.CompetitionId is null || !competitions.TryGetValue(f.CompetitionId, out var mapped) || mapped == sourceEvent.CompetitionId)
            .Where(f => (f.KickOff - sourceEvent.StartTime).Duration() <= tolerance)
            .Select(f => (Fixture: f, Home: Score(sourceEvent.HomeTeam, f.HomeTeam), Away: Score(sourceEvent.AwayTeam, f.AwayTeam)))
            .Where(c => c.Home.Score >= Threshold && c.Away.Score >= Threshold)
            .OrderByDescending(c => c.Home.Score + c.Away.Score)
            .ToList();
        if (candidates.Count == 0)
        {
            return EventMatch.Unmatched($"no fixture within {tolerance.TotalMinutes:0} minutes of kick-off with teams like '{sourceEvent.HomeTeam}' and '{sourceEvent.AwayTeam}'");
        }

        var best = candidates[0];
        if (candidates.Count > 1 && candidates[1].Home.Score + candidates[1].Away.Score >= best.Home.Score + best.Away.Score)
        {
            return EventMatch.Unmatched($"ambiguous: fixtures {best.Fixture.FixtureId} and {candidates[1].Fixture.FixtureId} match equally well");
        }

        var how = best.Home.How == "fuzzy" || best.Away.How == "fuzzy" ? "fuzzy"
            : best.Home.How == "alias" || best.Away.How == "alias" ? "alias" : "exact";
        return EventMatch.Matched(best.Fixture.FixtureId, how);
    }

    private (double Score, string How) Score(string spelling, string team)
    {
        if (string.Equals(spelling, team, StringComparison.OrdinalIgnoreCase))
        {
            return (1, "exact");
        }

        if (aliasBySpelling.TryGetValue(spelling, out var aliased))
        {
            // An alias is an operator's word: it decides, in both directions.
            return string.Equals(aliased, team, StringComparison.OrdinalIgnoreCase) ? (1, "alias") : (0, "alias");
        }

        return (TeamNames.Similarity(spelling, team), "fuzzy");
    }
}

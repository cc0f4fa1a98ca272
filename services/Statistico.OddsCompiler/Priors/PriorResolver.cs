using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Statistico.Modelling.Goals;
using Statistico.OddsCompiler.Data;
using Statistico.OddsCompiler.GoalModels;
using Statistico.OddsCompiler.History;
using Statistico.OddsCompiler.TeamRatings;
using Statistico.OddsCompiler.Refits;

namespace Statistico.OddsCompiler.Priors;

/// <summary>
/// Priors for the teams a competition's model has (almost) never seen (ADR 0404): a team with no match in the window,
/// or one the library would call a newcomer (first match more than half a season into the window), starts from its
/// Dixon–Coles strength in the competition Ratings says it last played in, shifted by the gap between the leagues. A
/// team with no match in the window and nothing carried starts from the library's newcomer prior.
/// </summary>
public sealed partial class PriorResolver(
    OddsCompilerDbContext db,
    CompetitionModels models,
    PlayedMatches history,
    HistoryBackfill historyBackfill,
    TeamRatingsStore ratings,
    RatingsBackfill backfill,
    IOptions<CompilerOptions> options,
    ILogger<PriorResolver> logger)
{
    public async Task<IReadOnlyDictionary<string, TeamPrior>> ResolveAsync(
        TrainingSet training, IReadOnlyList<PricedFixture> fixtures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(fixtures);
        var unseen = fixtures.SelectMany(f => new[] { f.HomeTeam, f.AwayTeam })
            .Where(t => !training.MatchesByTeam.ContainsKey(t)).ToHashSet(StringComparer.Ordinal);
        var arrivals = unseen.Concat(Newcomers(training)).ToHashSet(StringComparer.Ordinal);
        var priors = new SortedDictionary<string, TeamPrior>(StringComparer.Ordinal);
        if (arrivals.Count == 0)
        {
            return priors;
        }

        var competitionId = training.CompetitionId;
        var lastLeague = await ratings.LastOtherCompetitionAsync(arrivals, competitionId, cancellationToken);
        if (arrivals.Any(t => !lastLeague.ContainsKey(t)))
        {
            // Events may have been missed (or came before this compiler existed): ask Ratings itself once.
            await backfill.RunAsync(cancellationToken);
            lastLeague = await ratings.LastOtherCompetitionAsync(arrivals, competitionId, cancellationToken);
        }

        var settings = options.Value;
        var nextKickOff = fixtures.Count == 0 ? training.AsOf.ToDateTime(TimeOnly.MinValue) : fixtures.Min(f => f.KickOff).UtcDateTime;
        foreach (var group in arrivals.Where(lastLeague.ContainsKey).GroupBy(t => lastLeague[t], StringComparer.Ordinal))
        {
            if (LeagueGaps.Shift(group.Key, competitionId, settings) is not { } shift
                || await SourceAsync(group.Key, new DateTimeOffset(nextKickOff, TimeSpan.Zero), cancellationToken) is not { } source)
            {
                continue;
            }

            foreach (var team in group)
            {
                if (source.Parameters.Teams.TryGetValue(team, out var strength))
                {
                    // PromotionPriors' rule: the other league's attack and defence plus the gap.
                    priors[team] = new TeamPrior(strength.Attack + shift, strength.Defence + shift, TeamPrior.Carried, group.Key, source.Name, shift);
                }
            }
        }

        var newcomer = ProductionModel.GoalOptions.NewcomerPrior;
        foreach (var team in unseen.Where(t => !priors.ContainsKey(t)))
        {
            priors[team] = new TeamPrior(newcomer, newcomer, TeamPrior.Newcomer, null, null, 0);
        }

        LogPriors(competitionId, string.Join(", ", priors.Select(p => $"{p.Key}: {p.Value.Kind} {p.Value.FromModel}")));
        return priors;
    }

    /// <summary>The library's newcomers: teams whose first match in the window is over NewcomerAfterDays after its first.</summary>
    private static IEnumerable<string> Newcomers(TrainingSet training)
    {
        if (training.Matches.Count == 0)
        {
            return [];
        }

        var earliest = training.Matches[0].Date.DayNumber;
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var match in training.Matches)
        {
            first.TryAdd(match.HomeTeam, match.Date.DayNumber);
            first.TryAdd(match.AwayTeam, match.Date.DayNumber);
        }

        return first.Where(f => f.Value - earliest > ProductionModel.GoalOptions.NewcomerAfterDays).Select(f => f.Key);
    }

    /// <summary>The other competition's parameters: its current model, else its latest snapshot, else a fit of its history.</summary>
    private async Task<(string Name, ModelParameters Parameters)?> SourceAsync(string competitionId, DateTimeOffset nextKickOff, CancellationToken cancellationToken)
    {
        if (models.Find(competitionId) is { } model)
        {
            return (model.VersionLabel, model.Parameters);
        }

        var snapshot = await db.Snapshots.AsNoTracking().Where(s => s.CompetitionId == competitionId)
            .OrderByDescending(s => s.Version).FirstOrDefaultAsync(cancellationToken);
        if (snapshot is not null)
        {
            return ($"{competitionId}.{snapshot.Version}", JsonSerializer.Deserialize<ModelParameters>(snapshot.Parameters, CompetitionRefresher.Json)!);
        }

        var window = options.Value.HistoryWindowDays;
        await historyBackfill.EnsureAsync(competitionId, nextKickOff, window, cancellationToken);
        var training = await history.ReadAsync(competitionId, nextKickOff, window, cancellationToken);
        if (training is null || training.Matches.Count == 0)
        {
            return null;
        }

        return ($"{competitionId} history fit as of {training.AsOf:yyyy-MM-dd}", ModelFitter.Fit(training).Parameters);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Competition} priors: {Priors}")]
    private partial void LogPriors(string competition, string priors);
}

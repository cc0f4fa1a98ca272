using Statistico.Modelling.Goals;

namespace Statistico.OddsCompiler.GoalModels;

/// <summary>The matches a competition's model is fitted on, and the fit date.</summary>
/// <param name="CompetitionId">The competition.</param>
/// <param name="AsOf">The day after the latest training match: the model's "today".</param>
/// <param name="WindowFrom">The first day of the window.</param>
/// <param name="Matches">Finished matches dated from <paramref name="WindowFrom"/> to before <paramref name="AsOf"/>, in fitting order.</param>
public sealed record TrainingSet(string CompetitionId, DateOnly AsOf, DateOnly WindowFrom, IReadOnlyList<MatchRecord> Matches)
{
    /// <summary>
    /// Football Data's ids of every finished fixture read (in the window or in the slack before it): a fixture the
    /// compiler still holds as scheduled but which is among them has been played, whether or not its
    /// <c>FixtureResulted</c> reached the compiler.
    /// </summary>
    public IReadOnlySet<Guid> FinishedFixtureIds { get; init; } = new HashSet<Guid>();

    /// <summary>Matches played by each team in the window.</summary>
    public IReadOnlyDictionary<string, int> MatchesByTeam { get; } = CountByTeam(Matches);

    private static Dictionary<string, int> CountByTeam(IReadOnlyList<MatchRecord> records)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var match in records)
        {
            counts[match.HomeTeam] = counts.GetValueOrDefault(match.HomeTeam) + 1;
            counts[match.AwayTeam] = counts.GetValueOrDefault(match.AwayTeam) + 1;
        }

        return counts;
    }
}

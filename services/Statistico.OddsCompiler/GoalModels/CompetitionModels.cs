using System.Collections.Concurrent;

namespace Statistico.OddsCompiler.GoalModels;

/// <summary>The current model of every competition in this process (rebuilt from Football Data at start-up).</summary>
public sealed class CompetitionModels
{
    private readonly ConcurrentDictionary<string, CompetitionModel> _current = new(StringComparer.Ordinal);

    public CompetitionModel? Find(string competitionId) => _current.GetValueOrDefault(competitionId);

    /// <summary>Makes <paramref name="model"/> the competition's current model; null leaves it unpriced.</summary>
    public void Replace(string competitionId, CompetitionModel? model)
    {
        if (model is null)
        {
            _current.TryRemove(competitionId, out _);
        }
        else
        {
            _current[competitionId] = model;
        }
    }
}

using System.Collections.Concurrent;

namespace Statistico.OddsCompiler.GoalModels;

/// <summary>The current model of every competition in this process (rebuilt from Football Data at start-up).</summary>
public sealed class CompetitionModels
{
    private readonly ConcurrentDictionary<string, CompetitionModel> _current = new(StringComparer.Ordinal);

    public CompetitionModel? Find(string competitionId) => _current.GetValueOrDefault(competitionId);

    public void Set(string competitionId, CompetitionModel model) => _current[competitionId] = model;

    public void Remove(string competitionId) => _current.TryRemove(competitionId, out _);
}

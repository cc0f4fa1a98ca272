namespace Statistico.Modelling.Goals;

/// <summary>Maps team names to dense indices in order of first appearance.</summary>
public sealed class TeamIndex
{
    // Every weekly refit indexes every training match's two teams afresh: a plain multiplicative hash of a short
    // name is several times cheaper than the default randomised one (a sixteenth of a walk-forward's CPU before).
    private readonly Dictionary<string, int> _indices = new(TeamNameComparer.Instance);
    private readonly List<string> _names = [];

    /// <summary>Number of teams seen.</summary>
    public int Count => _names.Count;

    /// <summary>Team names by index.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Index of the team, adding it if new.</summary>
    public int GetOrAdd(string team)
    {
        if (!_indices.TryGetValue(team, out var index))
        {
            index = _names.Count;
            _indices.Add(team, index);
            _names.Add(team);
        }

        return index;
    }

    /// <summary>Index of a known team.</summary>
    public bool TryGet(string team, out int index) => _indices.TryGetValue(team, out index);
}

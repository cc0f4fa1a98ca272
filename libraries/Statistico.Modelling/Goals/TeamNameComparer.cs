namespace Statistico.Modelling.Goals;

/// <summary>
/// Ordinal equality of team names with a cheap, non-randomised hash. Team names come from data files, not from an
/// adversary, and a league has a few dozen of them, so hash flooding is not a concern here.
/// </summary>
internal sealed class TeamNameComparer : IEqualityComparer<string>
{
    public static TeamNameComparer Instance { get; } = new();

    public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

    public int GetHashCode(string obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var hash = 17;
        foreach (var c in obj)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}

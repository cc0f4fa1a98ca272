namespace Statistico.Simulator.Streaming;

/// <summary>
/// One ladder-like field of a runner as the wire keys it: by price (<c>[price, size]</c>) or by level
/// (<c>[level, price, size]</c>). The delta between two is what changed plus a zero-size entry for each key gone.
/// </summary>
public sealed class KeyedEntries
{
    private readonly Dictionary<decimal, decimal[]> entries;
    private readonly bool byLevel;

    private KeyedEntries(Dictionary<decimal, decimal[]> entries, bool byLevel) => (this.entries, this.byLevel) = (entries, byLevel);

    public static KeyedEntries ByPrice(IEnumerable<(decimal Price, decimal Size)> ladder) =>
        new(ladder.Where(l => l.Size > 0).ToDictionary(l => l.Price, l => new[] { l.Price, l.Size }), byLevel: false);

    public static KeyedEntries ByLevel(IEnumerable<(decimal Price, decimal Size)> bestFirst, int levels) =>
        new(bestFirst.Where(l => l.Size > 0).Take(levels).Select((l, i) => (Level: (decimal)i, l.Price, l.Size))
            .ToDictionary(l => l.Level, l => new[] { l.Level, l.Price, l.Size }), byLevel: true);

    /// <summary>Every entry, for an image (null when empty, so the field is left out).</summary>
    public IReadOnlyList<IReadOnlyList<decimal>>? All() => entries.Count == 0 ? null : [.. entries.OrderBy(e => e.Key).Select(e => e.Value)];

    /// <summary>What turns <paramref name="before"/> into this (null when nothing changed).</summary>
    public IReadOnlyList<IReadOnlyList<decimal>>? Since(KeyedEntries? before)
    {
        if (before is null)
        {
            return All();
        }

        var changes = new List<IReadOnlyList<decimal>>();
        foreach (var (key, entry) in entries.OrderBy(e => e.Key))
        {
            if (!before.entries.TryGetValue(key, out var old) || !old.SequenceEqual(entry))
            {
                changes.Add(entry);
            }
        }

        foreach (var key in before.entries.Keys.Where(k => !entries.ContainsKey(k)).Order())
        {
            changes.Add(byLevel ? [key, 0m, 0m] : [key, 0m]);
        }

        return changes.Count == 0 ? null : changes;
    }
}

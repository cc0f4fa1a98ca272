namespace Statistico.OddsChecker.Sources;

/// <summary>Every registered source, by name.</summary>
internal sealed class OddsSources(IEnumerable<IOddsSource> sources)
{
    private readonly Dictionary<string, IOddsSource> byName = sources.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    public IOddsSource? Find(string name) => byName.GetValueOrDefault(name);
}

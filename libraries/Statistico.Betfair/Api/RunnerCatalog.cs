namespace Statistico.Betfair.Api;

/// <summary>A selection of a market as the catalogue describes it.</summary>
public sealed record RunnerCatalog(long SelectionId, string RunnerName, double Handicap, int SortPriority)
{
    public IReadOnlyDictionary<string, string?>? Metadata { get; init; }
}

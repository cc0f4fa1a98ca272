using Statistico.FootballDataFiles;

namespace Statistico.FootballData.Ingestion;

/// <summary>What one provider read from one place (a file, a URL, a date window), ready to be stored.</summary>
/// <param name="Source">The provider's configured name, e.g. <c>football-data-co-uk</c>; aliases are per source.</param>
/// <param name="Location">The file name, URL or window the fixtures were read from.</param>
/// <param name="Fixtures">The fixtures read.</param>
/// <param name="Problems">What the reader had to skip or could not understand.</param>
public sealed record ImportBatch(string Source, string Location, IReadOnlyList<IncomingFixture> Fixtures, IReadOnlyList<DataProblem> Problems)
{
    /// <summary>The read stopped here (a request failed): what follows in its window was not read.</summary>
    public bool Incomplete { get; init; }
}

using Statistico.FootballData.Ingestion;

namespace Statistico.FootballData.Providers;

/// <summary>A source of football facts. Every provider yields batches for the one ingestion path; none writes itself.</summary>
public interface IFootballDataProvider
{
    /// <summary>The configured name, e.g. <c>football-data-co-uk</c>, <c>sportmonks</c>, <c>simulator</c>.</summary>
    string Name { get; }

    /// <summary>What an unknown team spelling from this provider does.</summary>
    UnknownTeamPolicy UnknownTeams { get; }

    /// <summary>
    /// Reads what <paramref name="kind"/> asks for, a batch per file or page so each commits on its own. A failed
    /// request or unreadable file comes back as a batch with a problem, never as an exception that loses the rest.
    /// </summary>
    IAsyncEnumerable<ImportBatch> FetchAsync(IngestionKind kind, CancellationToken cancellationToken);
}

using Statistico.FootballDataFiles;

namespace Statistico.FootballData.Client;

/// <summary>What one import did: counts, and every problem with its location.</summary>
/// <param name="RunId">The stored import run (GET /api/imports/{id}).</param>
/// <param name="Source">The provider name.</param>
/// <param name="Location">What was imported (file, URL, window).</param>
/// <param name="Rows">Fixtures read.</param>
/// <param name="Inserted">New fixtures stored.</param>
/// <param name="Updated">Known fixtures that changed (kick-off, status, result, statistics, referee).</param>
/// <param name="Unchanged">Known fixtures read again with nothing new.</param>
/// <param name="Problems">Rows, cells and requests that could not be taken, with file, line, column and reason.</param>
public sealed record ImportReport(
    Guid RunId,
    string Source,
    string Location,
    int Rows,
    int Inserted,
    int Updated,
    int Unchanged,
    IReadOnlyList<DataProblem> Problems);

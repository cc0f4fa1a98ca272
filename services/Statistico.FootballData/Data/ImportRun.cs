using Statistico.FootballDataFiles;

namespace Statistico.FootballData.Data;

/// <summary>The record of one import (a file, an upload or a provider window), kept so problems can be read later.</summary>
public sealed class ImportRun
{
    public Guid Id { get; set; }

    public required string Source { get; set; }

    /// <summary>What was imported: a file name, a URL, or a provider's date window.</summary>
    public required string Name { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset FinishedAt { get; set; }

    public int Rows { get; set; }

    public int Inserted { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public List<DataProblem> Problems { get; set; } = [];
}

namespace Statistico.OddsCompiler.Data;

/// <summary>The last time a competition's history was read from Football Data's API, and from which kick-off on.</summary>
public sealed class HistoryBackfillRun
{
    public required string CompetitionId { get; set; }

    public DateTimeOffset RanAt { get; set; }

    /// <summary>The earliest kick-off read.</summary>
    public DateTimeOffset From { get; set; }

    /// <summary>Finished matches Football Data returned.</summary>
    public int Matches { get; set; }

    /// <summary>Matches the compiler did not have, or had at an older revision.</summary>
    public int Changed { get; set; }
}

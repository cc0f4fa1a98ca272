namespace Statistico.OddsCompiler.Data;

/// <summary>Whether a competition is priced, and if not why (shown by the API and logged).</summary>
public sealed class CompetitionState
{
    public required string CompetitionId { get; set; }

    /// <summary>The current model version, when the competition is priced.</summary>
    public int? CurrentVersion { get; set; }

    public bool Priced { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset CheckedAt { get; set; }
}

namespace Statistico.Betfair.Api;

/// <summary>The outcome of one cancel instruction.</summary>
public sealed record CancelInstructionReport
{
    public InstructionReportStatus Status { get; init; }

    public string? ErrorCode { get; init; }

    public required CancelInstruction Instruction { get; init; }

    public decimal SizeCancelled { get; init; }

    public DateTimeOffset? CancelledDate { get; init; }
}

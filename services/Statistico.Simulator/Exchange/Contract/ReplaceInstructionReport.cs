using Statistico.Betfair.Api;

namespace Statistico.Simulator.Exchange.Contract;

/// <summary>The outcome of one replace instruction: its cancel and (when attempted) its place.</summary>
public sealed record ReplaceInstructionReport
{
    public InstructionReportStatus Status { get; init; }

    public string? ErrorCode { get; init; }

    public CancelInstructionReport? CancelInstructionReport { get; init; }

    public PlaceInstructionReport? PlaceInstructionReport { get; init; }
}

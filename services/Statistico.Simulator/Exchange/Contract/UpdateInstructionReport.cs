using Statistico.Betfair.Api;

namespace Statistico.Simulator.Exchange.Contract;

/// <summary>The outcome of one update instruction.</summary>
public sealed record UpdateInstructionReport
{
    public InstructionReportStatus Status { get; init; }

    public string? ErrorCode { get; init; }

    public required UpdateInstruction Instruction { get; init; }
}

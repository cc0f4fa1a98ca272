using Statistico.Betfair.Api;

namespace Statistico.Simulator.Exchange.Contract;

/// <summary>replaceOrders' answer.</summary>
public sealed record ReplaceExecutionReport
{
    public string? CustomerRef { get; init; }

    public ExecutionReportStatus Status { get; init; }

    public string? ErrorCode { get; init; }

    public string? MarketId { get; init; }

    public IReadOnlyList<ReplaceInstructionReport> InstructionReports { get; init; } = [];
}

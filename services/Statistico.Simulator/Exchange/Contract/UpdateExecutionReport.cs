using Statistico.Betfair.Api;

namespace Statistico.Simulator.Exchange.Contract;

/// <summary>updateOrders' answer.</summary>
public sealed record UpdateExecutionReport
{
    public string? CustomerRef { get; init; }

    public ExecutionReportStatus Status { get; init; }

    public string? ErrorCode { get; init; }

    public string? MarketId { get; init; }

    public IReadOnlyList<UpdateInstructionReport> InstructionReports { get; init; } = [];
}

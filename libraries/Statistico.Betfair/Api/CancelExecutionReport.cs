namespace Statistico.Betfair.Api;

/// <summary>The outcome of cancelOrders.</summary>
public sealed record CancelExecutionReport
{
    public string? CustomerRef { get; init; }

    public ExecutionReportStatus Status { get; init; }

    public string? ErrorCode { get; init; }

    public string? MarketId { get; init; }

    public IReadOnlyList<CancelInstructionReport> InstructionReports { get; init; } = [];
}

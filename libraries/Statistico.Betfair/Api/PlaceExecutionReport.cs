namespace Statistico.Betfair.Api;

/// <summary>The outcome of placeOrders.</summary>
public sealed record PlaceExecutionReport
{
    public string? CustomerRef { get; init; }

    public ExecutionReportStatus Status { get; init; }

    public string? ErrorCode { get; init; }

    public string? MarketId { get; init; }

    public IReadOnlyList<PlaceInstructionReport> InstructionReports { get; init; } = [];
}

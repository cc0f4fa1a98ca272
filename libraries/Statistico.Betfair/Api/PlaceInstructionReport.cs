namespace Statistico.Betfair.Api;

/// <summary>The outcome of one place instruction.</summary>
public sealed record PlaceInstructionReport
{
    public InstructionReportStatus Status { get; init; }

    public string? ErrorCode { get; init; }

    public OrderStatus? OrderStatus { get; init; }

    public required PlaceInstruction Instruction { get; init; }

    public string? BetId { get; init; }

    public DateTimeOffset? PlacedDate { get; init; }

    public decimal? AveragePriceMatched { get; init; }

    public decimal? SizeMatched { get; init; }
}

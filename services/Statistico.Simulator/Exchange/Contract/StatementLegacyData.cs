namespace Statistico.Simulator.Exchange.Contract;

/// <summary>The legacy part of an exchange statement item (one settled market).</summary>
public sealed record StatementLegacyData
{
    public decimal AvgPrice { get; init; }

    public decimal BetSize { get; init; }

    public string BetType { get; init; } = "B";

    public string BetCategoryType { get; init; } = "E";

    public string? CommissionRate { get; init; }

    public long EventId { get; init; }

    public long EventTypeId { get; init; }

    public string? FullMarketName { get; init; }

    public decimal GrossBetAmount { get; init; }

    public string? MarketName { get; init; }

    public string MarketType { get; init; } = "O";

    public DateTimeOffset? PlacedDate { get; init; }

    public long SelectionId { get; init; }

    public string? SelectionName { get; init; }

    public DateTimeOffset? StartDate { get; init; }

    public string? TransactionType { get; init; }

    public long TransactionId { get; init; }

    public string? WinLose { get; init; }
}

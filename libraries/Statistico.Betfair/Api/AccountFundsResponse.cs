namespace Statistico.Betfair.Api;

/// <summary>getAccountFunds: what can be staked now and what is tied up (exposure is reported as a negative number).</summary>
public sealed record AccountFundsResponse
{
    public decimal AvailableToBetBalance { get; init; }

    public decimal Exposure { get; init; }

    public decimal RetainedCommission { get; init; }

    public decimal ExposureLimit { get; init; }

    public decimal DiscountRate { get; init; }

    public int PointsBalance { get; init; }

    public string? Wallet { get; init; }
}

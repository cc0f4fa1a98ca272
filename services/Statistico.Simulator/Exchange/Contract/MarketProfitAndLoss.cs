namespace Statistico.Simulator.Exchange.Contract;

/// <summary>One market's profit and loss per runner; commissionApplied only when asked net of commission.</summary>
public sealed record MarketProfitAndLoss(string MarketId, IReadOnlyList<RunnerProfitAndLoss> ProfitAndLosses)
{
    public decimal? CommissionApplied { get; init; }
}

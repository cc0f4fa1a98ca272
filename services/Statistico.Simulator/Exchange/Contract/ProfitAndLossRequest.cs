namespace Statistico.Simulator.Exchange.Contract;

/// <summary>listMarketProfitAndLoss' parameters.</summary>
public sealed record ProfitAndLossRequest(IReadOnlyList<string> MarketIds)
{
    public bool? IncludeSettledBets { get; init; }

    public bool? IncludeBspBets { get; init; }

    public bool? NetOfCommission { get; init; }
}

using Statistico.Betfair.Api;

namespace Statistico.Simulator.Tests.Balance;

/// <summary>The account as the audit worked it out: cash after settled markets, what open orders can lose, and those orders.</summary>
internal sealed record AccountView(decimal Balance, decimal Exposure, IReadOnlyList<CurrentOrderSummary> Current)
{
    public decimal Available => Balance - Exposure;
}

namespace Statistico.Simulator.Data;

/// <summary>The exchange account: cash balance after settled markets and the commission paid.</summary>
public sealed class AccountRow
{
    public required string Username { get; set; }

    public decimal Balance { get; set; }

    public decimal CommissionPaid { get; set; }
}

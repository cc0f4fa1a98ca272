namespace Statistico.Cli.KillSwitch;

/// <summary>The Trader's stored kill switch as <c>GET</c>/<c>PUT /api/kill-switch</c> return it.</summary>
/// <param name="Engaged">True while no new trade is signalled and no order leaves.</param>
/// <param name="Reason">Why it was last engaged or released, as the operator wrote it.</param>
/// <param name="ChangedAt">When it was last set; the default value when it never was.</param>
public sealed record KillSwitchStatus(bool Engaged, string? Reason, DateTimeOffset ChangedAt)
{
    /// <summary>False until someone first engages or releases it (the Trader then answers a default, released switch).</summary>
    public bool EverSet => ChangedAt != default;
}

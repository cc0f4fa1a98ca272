namespace Statistico.Trader.Apis;

/// <summary>Engage (true) or release (false) the kill switch, with why.</summary>
public sealed record KillSwitchRequest(bool Engaged, string? Reason);

namespace Statistico.Simulator.Apis;

/// <summary>Jump the clock forward by minutes or to a simulated time.</summary>
public sealed record AdvanceRequest(double? Minutes = null, DateTimeOffset? To = null);

namespace Statistico.Simulator.Apis;

/// <summary>New clock speed: simulated seconds per wall-clock second.</summary>
public sealed record SpeedRequest(double Speed);

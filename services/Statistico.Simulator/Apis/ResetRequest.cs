namespace Statistico.Simulator.Apis;

/// <summary>Start a new world from a seed.</summary>
public sealed record ResetRequest(int Seed);

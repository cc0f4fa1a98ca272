namespace Statistico.Simulator.Apis;

/// <summary>The answer of the control API.</summary>
public sealed record WorldStatus(
    string Mode, int Seed, DateTimeOffset SimulatedTime, double Speed, bool Paused, int Fixtures, DateTimeOffset? FirstKickOff, DateTimeOffset? LastKickOff);

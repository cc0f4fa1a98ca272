namespace Statistico.Simulator.Apis;

/// <summary>The answer of the control API; <see cref="FirstUpcomingKickOff"/> is the first kick-off after the world's past.</summary>
public sealed record WorldStatus(
    string Mode, int Seed, DateTimeOffset SimulatedTime, double Speed, bool Paused, int Fixtures, DateTimeOffset? FirstKickOff, DateTimeOffset? LastKickOff,
    DateTimeOffset? FirstUpcomingKickOff);

namespace Statistico.Cli.Status;

/// <summary>The Simulator's <c>GET /control/status</c>: which world runs, where its clock is and how fast it goes.</summary>
public sealed record WorldClock(
    string Mode, int Seed, DateTimeOffset SimulatedTime, double Speed, bool Paused, int Fixtures, DateTimeOffset? FirstKickOff, DateTimeOffset? LastKickOff);

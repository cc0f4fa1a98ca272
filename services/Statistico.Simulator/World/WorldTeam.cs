namespace Statistico.Simulator.World;

/// <summary>A team; in replay its name is the football-data.co.uk name.</summary>
public sealed record WorldTeam(int Id, string Name);

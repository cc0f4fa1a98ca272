namespace Statistico.Simulator.World;

/// <summary>A league as the data API shows it (real Sportmonks ids for the football-data codes).</summary>
public sealed record WorldLeague(int Id, string Code, string Name);

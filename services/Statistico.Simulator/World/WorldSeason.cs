namespace Statistico.Simulator.World;

/// <summary>A season; <see cref="Name"/> is Sportmonks' form, e.g. "2021/2022".</summary>
public sealed record WorldSeason(int Id, string Name);

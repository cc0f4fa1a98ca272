namespace Statistico.FootballData.Client;

/// <summary>A team as a fixture refers to it.</summary>
public sealed record TeamRef(Guid Id, string Name);

namespace Statistico.FootballData.Client;

/// <summary>A competition.</summary>
public sealed record CompetitionDto(string Id, string Name, string? Country);

namespace Statistico.FootballData.Client;

/// <summary>A team: its canonical name and how sources spell it.</summary>
public sealed record TeamDto(Guid Id, string Name, IReadOnlyList<TeamAliasDto> Aliases);

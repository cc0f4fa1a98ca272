namespace Statistico.FootballData.Client;

/// <summary>One source's spelling of a team.</summary>
public sealed record TeamAliasDto(string Source, string Spelling);

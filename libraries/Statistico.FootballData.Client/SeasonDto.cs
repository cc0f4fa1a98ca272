namespace Statistico.FootballData.Client;

/// <summary>A season of a competition with how many of its fixtures are known and finished.</summary>
public sealed record SeasonDto(string CompetitionId, string Label, int StartYear, int Fixtures, int Finished);

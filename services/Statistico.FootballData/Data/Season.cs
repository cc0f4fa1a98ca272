namespace Statistico.FootballData.Data;

/// <summary>One season of a competition, e.g. E0 2021/22.</summary>
public sealed class Season
{
    public int Id { get; set; }

    public required string CompetitionId { get; set; }

    /// <summary>The calendar year the season starts in; with the competition it identifies the season.</summary>
    public int StartYear { get; set; }

    /// <summary>The label every context uses, e.g. <c>2021/22</c>.</summary>
    public required string Label { get; set; }
}

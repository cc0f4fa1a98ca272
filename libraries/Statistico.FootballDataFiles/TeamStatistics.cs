namespace Statistico.FootballDataFiles;

/// <summary>One side's match statistics as a football-data.co.uk row gives them; null when the cell is empty.</summary>
/// <param name="Shots">Shots (HS/AS).</param>
/// <param name="ShotsOnTarget">Shots on target (HST/AST).</param>
/// <param name="Corners">Corners (HC/AC).</param>
/// <param name="Fouls">Fouls committed (HF/AF).</param>
/// <param name="YellowCards">Yellow cards (HY/AY).</param>
/// <param name="RedCards">Red cards (HR/AR).</param>
public sealed record TeamStatistics(int? Shots, int? ShotsOnTarget, int? Corners, int? Fouls, int? YellowCards, int? RedCards)
{
    /// <summary>Every statistic missing, as in files before the statistics columns existed.</summary>
    public static TeamStatistics Unknown { get; } = new(null, null, null, null, null, null);
}

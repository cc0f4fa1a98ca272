namespace Statistico.FootballDataFiles;

/// <summary>
/// One row of a football-data.co.uk file as written: a fixture, played (with a score) or still to play. Times are
/// UK local, as in the file (<see cref="UkTime"/> turns them into instants); statistics are null when unknown.
/// </summary>
/// <param name="Line">1-based line of the row in its file.</param>
/// <param name="Division">The <c>Div</c> cell, or the division the file's name gives when the cell is empty.</param>
/// <param name="Date">Match date (UK).</param>
/// <param name="KickOffUkTime">Kick-off in UK local time (the <c>Time</c> column, from 2019/20 only).</param>
/// <param name="HomeTeam">The file's spelling of the home team.</param>
/// <param name="AwayTeam">The file's spelling of the away team.</param>
public sealed record FootballDataFixture(int Line, string Division, DateOnly Date, TimeOnly? KickOffUkTime, string HomeTeam, string AwayTeam)
{
    /// <summary>Full-time goals of the home side (FTHG); null while the match is still to play.</summary>
    public int? HomeGoals { get; init; }

    /// <summary>Full-time goals of the away side (FTAG); null while the match is still to play.</summary>
    public int? AwayGoals { get; init; }

    /// <summary>True when the row has a full-time score (the reader gives both goals or neither).</summary>
    public bool IsPlayed => HomeGoals is not null && AwayGoals is not null;

    /// <summary>Home goals at half-time (HTHG), when known.</summary>
    public int? HalfTimeHomeGoals { get; init; }

    /// <summary>Away goals at half-time (HTAG), when known.</summary>
    public int? HalfTimeAwayGoals { get; init; }

    /// <summary>The home side's statistics (HS, HST, HC, HF, HY, HR); null when every one is missing.</summary>
    public TeamStatistics? HomeStatistics { get; init; }

    /// <summary>The away side's statistics (AS, AST, AC, AF, AY, AR); null when every one is missing.</summary>
    public TeamStatistics? AwayStatistics { get; init; }

    /// <summary>The referee, when named.</summary>
    public string? Referee { get; init; }
}

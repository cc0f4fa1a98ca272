using System.Text;
using Statistico.Testing;

namespace Statistico.OddsCompiler.Tests;

/// <summary>A football-data.co.uk season file with the results of its last rows removed, so those fixtures are still to play.</summary>
internal static class SeasonFile
{
    // Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG,FTR,HTHG,HTAG,HTR: the result columns are 5 to 10.
    private const int FirstResultColumn = 5;
    private const int LastResultColumn = 10;

    public static string PathOf(string league, string season) => Path.Combine(SharedData.FootballDataFolder, league, season + ".csv");

    /// <summary>The file's text with the last <paramref name="unplayed"/> rows' results blanked, and only the first <paramref name="rows"/> rows kept.</summary>
    public static MemoryStream WithUnplayed(string league, string season, int unplayed, int? rows = null)
    {
        var lines = File.ReadAllLines(PathOf(league, season)).Where(l => l.Length > 0).ToList();
        var kept = lines.Take(1 + (rows ?? lines.Count - 1)).ToList();
        for (var i = kept.Count - unplayed; i < kept.Count; i++)
        {
            var cells = kept[i].Split(',');
            for (var c = FirstResultColumn; c <= LastResultColumn; c++)
            {
                cells[c] = string.Empty;
            }

            kept[i] = string.Join(',', cells);
        }

        return new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', kept) + "\n"));
    }
}

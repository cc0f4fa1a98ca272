using System.Globalization;

namespace Statistico.FootballData.Ingestion;

/// <summary>Season labels as every context writes them: the start year, a slash, the end year's last two digits.</summary>
public static class SeasonLabel
{
    /// <summary>2021 → "2021/22".</summary>
    public static string For(int startYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{startYear}/{(startYear + 1) % 100:00}");

    /// <summary>
    /// The season a match played on <paramref name="date"/> belongs to: European seasons start in July or August, so
    /// January–June belongs to the season that started the year before (COVID's late 2019/20 finish in August 2020
    /// is read from the file name instead, see the CSV reader).
    /// </summary>
    public static int StartYearOf(DateOnly date) => date.Month >= 7 ? date.Year : date.Year - 1;

    /// <summary>Reads "2021/22", "2021-22", "2021/2022" or "2021-2022" (and Sportmonks' "2021/2022").</summary>
    public static bool TryParseStartYear(string? text, out int startYear)
    {
        startYear = 0;
        var parts = text?.Trim().Split('/', '-');
        if (parts is not { Length: 2 } || parts[0].Length != 4
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
        {
            return false;
        }

        var valid = parts[1].Length switch
        {
            2 => end == (start + 1) % 100,
            4 => end == start + 1,
            _ => false,
        };
        startYear = valid ? start : 0;
        return valid;
    }
}

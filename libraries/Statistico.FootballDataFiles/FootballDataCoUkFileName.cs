using System.Globalization;
using System.Text.RegularExpressions;

namespace Statistico.FootballDataFiles;

/// <summary>
/// What a file's name says about its contents: the shared layout is <c>E0/2021-22.csv</c>, the site's own is
/// <c>mmz4281/2122/E0.csv</c>. The season from the name is preferred to one guessed from dates (2019/20 ran into
/// August 2020), and the division is used when a file lacks the <c>Div</c> column. Shared by Football Data's import
/// and the CLI's odds backfill, which must name a file's competition and season the same way.
/// </summary>
public static partial class FootballDataCoUkFileName
{
    /// <summary>The first calendar year of the season a file's name gives, e.g. 2021 for <c>E0/2021-22.csv</c>.</summary>
    public static int? SeasonStartYear(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (LongSeason().Match(name) is { Success: true } longMatch)
        {
            var start = int.Parse(longMatch.Groups[1].Value, CultureInfo.InvariantCulture);
            var end = int.Parse(longMatch.Groups[2].Value, CultureInfo.InvariantCulture);
            return end == (start + 1) % 100 ? start : null;
        }

        if (SiteSeason().Match(name) is { Success: true } siteMatch)
        {
            var start = int.Parse(siteMatch.Groups[1].Value, CultureInfo.InvariantCulture);
            var end = int.Parse(siteMatch.Groups[2].Value, CultureInfo.InvariantCulture);
            return end == (start + 1) % 100 ? 2000 + start : null;
        }

        return null;
    }

    /// <summary>The division code a file's name gives, e.g. <c>E0</c>.</summary>
    public static string? Division(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var parts = name.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            var stem = Path.GetFileNameWithoutExtension(parts[i]);
            if (DivisionCode().IsMatch(stem))
            {
                return stem;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<!\d)(\d{4})-(\d{2})(?!\d)")]
    private static partial Regex LongSeason();

    [GeneratedRegex(@"(?:^|/)(\d{2})(\d{2})/")]
    private static partial Regex SiteSeason();

    [GeneratedRegex(@"^[A-Z]{1,3}\d$")]
    private static partial Regex DivisionCode();
}

using System.Globalization;

namespace Statistico.FootballDataFiles;

/// <summary>
/// A football season. Seasons straddle two years, so the start year alone identifies and orders them; files name
/// it "2015-16" (<see cref="ToString"/>) and every service labels it "2015/16" (<see cref="Label"/>).
/// </summary>
/// <param name="StartYear">The calendar year in which the season starts.</param>
public readonly record struct SeasonName(int StartYear) : IComparable<SeasonName>
{
    /// <summary>
    /// Parses "2015-16" or "2015-2016" (both spellings occur in downloaded collections) and the
    /// label forms "2015/16" and "2015/2016" (Sportmonks writes the latter); the end year must
    /// follow the start year so a typo such as "2015-17" is caught.
    /// </summary>
    public static bool TryParse(string? text, out SeasonName season)
    {
        season = default;
        var parts = text?.Trim().Split('-', '/');
        if (parts is not { Length: 2 } || parts[0].Length != 4
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
        {
            return false;
        }

        var expectedEnd = parts[1].Length switch
        {
            2 => (start + 1) % 100,
            4 => start + 1,
            _ => -1,
        };
        if (end != expectedEnd)
        {
            return false;
        }

        season = new SeasonName(start);
        return true;
    }

    /// <summary>Parses a season or throws a <see cref="FormatException"/> naming the bad text.</summary>
    public static SeasonName Parse(string text) =>
        TryParse(text, out var season) ? season : throw new FormatException($"'{text}' is not a season such as 2015-16.");

    /// <summary>
    /// The season a match played on <paramref name="date"/> belongs to: European seasons start in July or August, so
    /// January–June belongs to the season that started the year before (COVID's late 2019/20 finish in August 2020
    /// is why a file's name, when it gives the season, is preferred to this guess).
    /// </summary>
    public static SeasonName Of(DateOnly date) => new(date.Month >= 7 ? date.Year : date.Year - 1);

    /// <summary>The label every service and contract uses, e.g. "2021/22".</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{StartYear}/{(StartYear + 1) % 100:00}");

    /// <inheritdoc/>
    public int CompareTo(SeasonName other) => StartYear.CompareTo(other.StartYear);

    public static bool operator <(SeasonName left, SeasonName right) => left.CompareTo(right) < 0;

    public static bool operator >(SeasonName left, SeasonName right) => left.CompareTo(right) > 0;

    public static bool operator <=(SeasonName left, SeasonName right) => left.CompareTo(right) <= 0;

    public static bool operator >=(SeasonName left, SeasonName right) => left.CompareTo(right) >= 0;

    /// <summary>The canonical file name stem, e.g. "2015-16".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{StartYear}-{(StartYear + 1) % 100:00}");
}

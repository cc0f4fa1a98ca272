using System.Globalization;
using System.Text;

namespace Statistico.OddsChecker.Mapping;

/// <summary>
/// Team-name comparison for mapping (ADR 0500): names are normalised (case, accents, punctuation, club suffixes,
/// common abbreviations) and then compared by edit distance, so "Man Utd" and "Manchester United FC" meet.
/// </summary>
internal static class TeamNames
{
    // The service runs with invariant globalization (no Unicode decomposition), so accents are folded by table.
    private const string Accented = "àáâãäåāçćčèéêëēęìíîïīłñńòóôõöøōśšùúûüūýÿžźż";
    private const string Unaccented = "aaaaaaaccceeeeeeiiiiilnnooooooossuuuuuyyzzz";

    private static readonly HashSet<string> Noise = ["fc", "afc", "cf", "sc", "ac", "the", "club", "football"];

    private static readonly Dictionary<string, string> Abbreviations = new()
    {
        ["utd"] = "united",
        ["man"] = "manchester",
        ["nottm"] = "nottingham",
        ["wolves"] = "wolverhampton",
        ["spurs"] = "tottenham",
        ["&"] = "and",
        ["st"] = "saint",
        ["weds"] = "wednesday",
    };

    /// <summary>Lower case, no accents or punctuation, no club suffixes, abbreviations spelled out.</summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var letters = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            // Apostrophes join ("Nott'm" is one word); other punctuation separates.
            if (c is '\'' or '\u2019')
            {
                continue;
            }

            var at = Accented.IndexOf(c, StringComparison.Ordinal);
            letters.Append(at >= 0 ? Unaccented[at] : char.IsLetterOrDigit(c) || c == '&' ? c : ' ');
        }

        var words = letters.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Abbreviations.GetValueOrDefault(w, w))
            .Where(w => !Noise.Contains(w));
        return string.Join(' ', words);
    }

    /// <summary>Similarity of two names in [0, 1]: 1 when they normalise alike, else one minus the relative edit distance.</summary>
    public static double Similarity(string left, string right)
    {
        var a = Normalise(left);
        var b = Normalise(right);
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a == b)
        {
            return 1;
        }

        // Numbers tell teams apart that spelling does not ("Team 01" and "Team 02", "Sheffield 1" and "Sheffield 2"):
        // names with different numbers are different teams however alike the rest.
        if (!Numbers(a).SetEquals(Numbers(b)))
        {
            return 0;
        }

        // "Tottenham" against "Tottenham Hotspur": one name is the other with words dropped.
        if (a.StartsWith(b + " ", StringComparison.Ordinal) || b.StartsWith(a + " ", StringComparison.Ordinal))
        {
            return 0.9;
        }

        return 1 - ((double)Distance(a, b) / Math.Max(a.Length, b.Length));
    }

    private static HashSet<int> Numbers(string normalised) =>
        [.. normalised.Split(' ').Where(w => w.All(char.IsAsciiDigit) && w.Length <= 9).Select(w => int.Parse(w, CultureInfo.InvariantCulture))];

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

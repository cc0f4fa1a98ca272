namespace Statistico.Simulator.World;

/// <summary>
/// Invented club names (a town made of two parts plus a club word, e.g. "Ashford Rovers"): plausible, unique within a
/// world and fixed by the seed, so a newcomer reads "Thornbury Athletic v Kingsmouth City" rather than "League 07 v 12".
/// </summary>
public static class TeamNames
{
    private static readonly string[] Starts =
    [
        "Ash", "Bram", "Cal", "Dun", "Elm", "Fair", "Glen", "Hal", "Ire", "Kings", "Lang", "Mar", "Nor", "Oak", "Pen",
        "Red", "Stan", "Thorn", "Wes", "York", "Bex", "Carl", "Hart", "Mel", "Sal",
    ];

    private static readonly string[] Ends =
    [
        "ford", "bury", "ton", "ham", "wick", "field", "mouth", "chester", "bridge", "stead", "by", "worth", "port", "ley", "dale",
    ];

    private static readonly string[] Clubs =
    [
        "Rovers", "Athletic", "United", "City", "Town", "Albion", "Wanderers", "County", "Rangers", "FC",
    ];

    /// <summary><paramref name="count"/> distinct names drawn from <paramref name="seed"/> (its own stream: names never move a result).</summary>
    public static IReadOnlyList<string> Invent(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new SeededRandom(seed);
        var towns = Starts.SelectMany(s => Ends.Select(e => s + e)).ToList();
        var names = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var club = Clubs[(int)(random.Uniform() * Clubs.Length)];
            if (towns.Count == 0)
            {
                // More teams than towns (375): number the rest rather than repeat a name.
                names.Add($"{Starts[i % Starts.Length]}{Ends[i % Ends.Length]} {club} {i + 1}");
                continue;
            }

            // One club per town, so no two teams of a world differ by their club word alone.
            var pick = (int)(random.Uniform() * towns.Count);
            names.Add($"{towns[pick]} {club}");
            towns.RemoveAt(pick);
        }

        return names;
    }
}

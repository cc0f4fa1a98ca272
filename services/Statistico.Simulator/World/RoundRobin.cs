namespace Statistico.Simulator.World;

/// <summary>
/// A double round-robin by the circle method: every team meets every other once at home and once away, one match per
/// team per round, home and away alternating for each team as far as the method allows.
/// </summary>
public static class RoundRobin
{
    /// <summary>Rounds of (home, away) team indexes; 2(n−1) rounds of n/2 matches for an even n.</summary>
    public static IReadOnlyList<IReadOnlyList<(int Home, int Away)>> DoubleRoundRobin(int teams)
    {
        if (teams < 2 || teams % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(teams), teams, "A round-robin here needs an even number of teams.");
        }

        var first = new List<IReadOnlyList<(int, int)>>();
        var rotation = Enumerable.Range(1, teams - 1).ToList();
        for (var round = 0; round < teams - 1; round++)
        {
            var circle = new List<int> { 0 };
            circle.AddRange(rotation);
            var matches = new List<(int, int)>();
            for (var i = 0; i < teams / 2; i++)
            {
                var a = circle[i];
                var b = circle[teams - 1 - i];
                // Alternate the fixed team's venue by round and the others' by position, so runs of home games stay short.
                matches.Add((i == 0 ? round % 2 == 0 : i % 2 == 1) ? (a, b) : (b, a));
            }

            first.Add(matches);
            rotation.Insert(0, rotation[^1]);
            rotation.RemoveAt(rotation.Count - 1);
        }

        var second = first.Select(r => (IReadOnlyList<(int, int)>)[.. r.Select(m => (m.Item2, m.Item1))]);
        return [.. first, .. second];
    }
}

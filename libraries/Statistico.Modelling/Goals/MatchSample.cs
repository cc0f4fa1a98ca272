namespace Statistico.Modelling.Goals;

/// <summary>
/// The matches a team-strength likelihood is fitted on, flattened into arrays for speed: team
/// indices, integer goals, fitting targets (goals, a goals/shots blend or another count), time-decay
/// weights and each team's prior mean (non-zero for newcomers).
/// </summary>
internal sealed class MatchSample
{
    private MatchSample(TeamIndex teams, int count)
    {
        Teams = teams;
        Home = new int[count];
        Away = new int[count];
        HomeGoals = new int[count];
        AwayGoals = new int[count];
        Weight = new double[count];
        HomeTarget = new double[count];
        AwayTarget = new double[count];
        AttackPrior = [];
        DefencePrior = [];
    }

    public TeamIndex Teams { get; }

    public int Count => Home.Length;

    public int[] Home { get; }

    public int[] Away { get; }

    public int[] HomeGoals { get; }

    public int[] AwayGoals { get; }

    public double[] Weight { get; }

    public double[] HomeTarget { get; }

    public double[] AwayTarget { get; }

    public double TotalWeight { get; private set; }

    public double[] AttackPrior { get; private set; }

    public double[] DefencePrior { get; private set; }

    public static MatchSample Build(IReadOnlyList<MatchRecord> matches, DateOnly asOf, DixonColesOptions options)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(options);
        var kept = new List<(MatchRecord Match, double Home, double Away)>(matches.Count);
        foreach (var match in matches)
        {
            var age = asOf.DayNumber - match.Date.DayNumber;
            if (age < 0 || (options.WindowDays is { } window && age > window))
            {
                continue;
            }

            var targets = options.Targets is { } select
                ? select(match)
                : (Target(match.HomeGoals, match.HomeShotsOnTarget, match.HomeCorners, options),
                   Target(match.AwayGoals, match.AwayShotsOnTarget, match.AwayCorners, options));
            if (targets is { } target)
            {
                kept.Add((match, target.Home, target.Away));
            }
        }

        var sample = new MatchSample(new TeamIndex(), kept.Count);
        for (var k = 0; k < kept.Count; k++)
        {
            var (match, home, away) = kept[k];
            sample.Home[k] = sample.Teams.GetOrAdd(match.HomeTeam);
            sample.Away[k] = sample.Teams.GetOrAdd(match.AwayTeam);
            sample.HomeGoals[k] = match.HomeGoals;
            sample.AwayGoals[k] = match.AwayGoals;
            sample.Weight[k] = TimeDecay.Weight(match.Date, asOf, options.TimeDecayPerDay);
            sample.HomeTarget[k] = home;
            sample.AwayTarget[k] = away;
        }

        sample.TotalWeight = sample.Weight.Sum();
        sample.AttackPrior = PriorMeans(options, kept, sample);
        sample.DefencePrior = (double[])sample.AttackPrior.Clone();
        if (options.TeamPriors is { } priors)
        {
            for (var i = 0; i < sample.Teams.Count; i++)
            {
                if (priors.TryGetValue(sample.Teams.Names[i], out var prior))
                {
                    sample.AttackPrior[i] = prior.Attack;
                    sample.DefencePrior[i] = prior.Defence;
                }
            }
        }

        return sample;
    }

    // Each team's first match day comes from the indices the sample already holds: hashing every match's two names a
    // second time, as a lookup by name would, was a tenth of the production model's weekly refit (issue 21).
    private static double[] PriorMeans(DixonColesOptions options, List<(MatchRecord Match, double Home, double Away)> kept, MatchSample sample)
    {
        var means = new double[sample.Teams.Count];
        if (options.NewcomerPrior == 0 || kept.Count == 0)
        {
            return means;
        }

        var first = new int[means.Length];
        Array.Fill(first, int.MaxValue);
        var earliest = int.MaxValue;
        for (var k = 0; k < kept.Count; k++)
        {
            var day = kept[k].Match.Date.DayNumber;
            earliest = Math.Min(earliest, day);
            first[sample.Home[k]] = Math.Min(first[sample.Home[k]], day);
            first[sample.Away[k]] = Math.Min(first[sample.Away[k]], day);
        }

        for (var i = 0; i < means.Length; i++)
        {
            means[i] = first[i] - earliest > options.NewcomerAfterDays ? options.NewcomerPrior : 0;
        }

        return means;
    }

    /// <summary>Goals blended with the shots-on-target and corners proxies that are available.</summary>
    internal static double Target(int goals, int? shotsOnTarget, int? corners, DixonColesOptions options)
    {
        double goalsWeight = 1, value = 0;
        if (options.ShotsOnTargetWeight > 0 && shotsOnTarget is { } shots)
        {
            goalsWeight -= options.ShotsOnTargetWeight;
            value += options.ShotsOnTargetWeight * options.GoalsPerShotOnTarget * shots;
        }

        if (options.CornersWeight > 0 && corners is { } cornerCount)
        {
            goalsWeight -= options.CornersWeight;
            value += options.CornersWeight * options.GoalsPerCorner * cornerCount;
        }

        return value + (goalsWeight * goals);
    }
}

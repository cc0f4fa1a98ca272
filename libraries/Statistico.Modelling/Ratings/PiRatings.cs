namespace Statistico.Modelling.Ratings;

/// <summary>
/// Pi-ratings (Constantinou and Fenton, 2013). A rating R maps to an expected goal difference
/// against an average team, ĝ = sign(R)·(10^(|R|/c) − 1); a fixture's expectation is
/// ĝ(home team's home rating) − ĝ(away team's away rating). After the match the error
/// e = |observed − expected| is damped to ψ(e) = c·log10(1 + e) so a rout teaches less than
/// its size; the venue played moves by ±λψ and the other venue by γ times that.
/// </summary>
public sealed class PiRatings(PiRatingOptions? options = null)
{
    private readonly Dictionary<string, PiRating> _ratings = new(StringComparer.Ordinal);

    /// <summary>The options in use.</summary>
    public PiRatingOptions Options { get; } = options ?? new PiRatingOptions();

    /// <summary>A team's ratings (zero until it plays).</summary>
    public PiRating this[string team] => _ratings.GetValueOrDefault(team) ?? new PiRating(0, 0);

    /// <summary>An independent copy, so a fitted snapshot is never changed by later updates.</summary>
    public PiRatings Clone()
    {
        var copy = new PiRatings(Options);
        foreach (var (team, rating) in _ratings)
        {
            copy._ratings[team] = rating;
        }

        return copy;
    }

    /// <summary>Every team seen.</summary>
    public IReadOnlyDictionary<string, PiRating> Ratings => _ratings;

    /// <summary>Expected goal difference against an average opponent for rating <paramref name="rating"/>.</summary>
    public double ExpectedGoalDifference(double rating) =>
        Math.Sign(rating) * (Math.Pow(10, Math.Abs(rating) / Options.Scale) - 1);

    /// <summary>Expected home-minus-away goal difference of a fixture.</summary>
    public double ExpectedGoalDifference(string homeTeam, string awayTeam) =>
        ExpectedGoalDifference(this[homeTeam].Home) - ExpectedGoalDifference(this[awayTeam].Away);

    /// <summary>
    /// Applies an observed goal difference (home minus away; it may be fractional when a
    /// goals/shots blend is used). Returns the change to the home team's home rating.
    /// </summary>
    public double Update(string homeTeam, string awayTeam, double observedGoalDifference)
    {
        var expected = ExpectedGoalDifference(homeTeam, awayTeam);
        var error = Math.Abs(observedGoalDifference - expected);
        var damped = Options.Scale * Math.Log10(1 + error);
        var homeChange = (observedGoalDifference > expected ? damped : -damped) * Options.LearningRate;
        var awayChange = -homeChange;

        var home = this[homeTeam];
        var away = this[awayTeam];
        _ratings[homeTeam] = new PiRating(home.Home + homeChange, home.Away + (homeChange * Options.CrossVenueRate));
        _ratings[awayTeam] = new PiRating(away.Home + (awayChange * Options.CrossVenueRate), away.Away + awayChange);
        return homeChange;
    }
}

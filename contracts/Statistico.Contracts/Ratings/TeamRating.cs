namespace Statistico.Contracts.Ratings;

/// <summary>A team's ratings after a fixture.</summary>
/// <param name="Team">Canonical team name.</param>
/// <param name="Attack">Statistico attack rating (starts at 1000).</param>
/// <param name="Defence">Statistico defence rating (starts at 1000).</param>
public sealed record TeamRating(string Team, double Attack, double Defence)
{
    /// <summary>Elo rating, when computed.</summary>
    public double? Elo { get; init; }

    /// <summary>Pi-rating at home, when computed.</summary>
    public double? PiHome { get; init; }

    /// <summary>Pi-rating away, when computed.</summary>
    public double? PiAway { get; init; }
}

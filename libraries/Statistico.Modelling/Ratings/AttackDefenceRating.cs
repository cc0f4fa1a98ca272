namespace Statistico.Modelling.Ratings;

/// <summary>A team's attack and defence ratings in the seed system.</summary>
/// <param name="Attack">Attack rating (starts at 1000).</param>
/// <param name="Defence">Defence rating (starts at 1000).</param>
public sealed record AttackDefenceRating(double Attack, double Defence);

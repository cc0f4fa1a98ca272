namespace Statistico.OddsCompiler.GoalModels;

/// <summary>One team's parameters in a fitted production model.</summary>
/// <param name="Attack">Dixon–Coles attack (0 = league average).</param>
/// <param name="Defence">Dixon–Coles defence (higher concedes less).</param>
/// <param name="HomePiRating">Pi-rating at home.</param>
/// <param name="AwayPiRating">Pi-rating away.</param>
/// <param name="Matches">Matches in the training window.</param>
public sealed record TeamParameters(double Attack, double Defence, double HomePiRating, double AwayPiRating, int Matches);

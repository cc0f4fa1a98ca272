using Statistico.FootballDataFiles;
using Statistico.Modelling.Goals;

namespace Statistico.Cli.Evaluate;

/// <summary>One league's share of an evaluation: the matches to predict and what every model predicted for them.</summary>
/// <param name="League">League code.</param>
/// <param name="Evaluated">Matches of the evaluated seasons, in date order.</param>
/// <param name="Predictions">Model name → predicted score matrix per match (by reference: records compare by value).</param>
internal sealed record LeagueWalkForward(
    string League,
    IReadOnlyList<FootballDataMatch> Evaluated,
    IReadOnlyDictionary<string, IReadOnlyDictionary<MatchRecord, ScoreMatrix>> Predictions);

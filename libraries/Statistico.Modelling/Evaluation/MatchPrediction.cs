using Statistico.Modelling.Goals;

namespace Statistico.Modelling.Evaluation;

/// <summary>A match and the score distribution predicted for it before it was played.</summary>
/// <param name="Match">The match, with its result.</param>
/// <param name="Scores">The predicted score matrix.</param>
public sealed record MatchPrediction(MatchRecord Match, ScoreMatrix Scores)
{
    /// <summary>Predicted HOME, DRAW, AWAY probabilities.</summary>
    public double[] MatchOdds => [Scores.HomeWin, Scores.Draw, Scores.AwayWin];

    /// <summary>0 home win, 1 draw, 2 away win.</summary>
    public int Outcome => Match.HomeGoals > Match.AwayGoals ? 0 : Match.HomeGoals == Match.AwayGoals ? 1 : 2;
}

using Statistico.FootballDataFiles;
using Statistico.Modelling.Metrics;

namespace Statistico.Cli.Evaluate;

/// <summary>
/// Scores walk-forward predictions and market prices. A match counts for 1X2 only when every
/// model and every market row priced it, so the rows are compared on identical matches; the
/// rest are counted by reason. O/U 2.5 is scored wherever Pinnacle priced it.
/// </summary>
internal static class EvaluationScoring
{
    public static EvaluationReport Score(
        IReadOnlyList<LeagueWalkForward> leagues, EvaluationSettings settings, IReadOnlyList<string> problems, SeasonName from, SeasonName to)
    {
        var rowNames = settings.Models.Concat(MarketForecasts.MatchOddsNames).ToArray();
        var pooled = NewScorecards(rowNames);
        var overUnder = NewScorecards([.. settings.Models, .. MarketForecasts.OverUnderNames]);
        var margins = new MarginsOfVictory(settings);
        var dropped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var perLeague = new SortedDictionary<string, IReadOnlyList<ScoreRow>>(StringComparer.Ordinal);
        var evaluated = 0;
        var overUnderUnpriced = 0;
        var forecasts = new double[]?[rowNames.Length];

        foreach (var league in leagues)
        {
            var leagueCards = NewScorecards(rowNames);
            foreach (var match in league.Evaluated)
            {
                evaluated++;
                var missing = new List<string>();
                for (var i = 0; i < rowNames.Length; i++)
                {
                    forecasts[i] = MatchOdds(rowNames[i], match, league, settings);
                    if (forecasts[i] is null)
                    {
                        missing.Add(rowNames[i]);
                    }
                }

                if (missing.Count > 0)
                {
                    var reason = "not priced by " + string.Join(" and ", missing);
                    dropped[reason] = dropped.GetValueOrDefault(reason) + 1;
                }
                else
                {
                    var outcome = Outcome(match);
                    for (var i = 0; i < rowNames.Length; i++)
                    {
                        pooled[i].Card.Add(forecasts[i]!, outcome);
                        leagueCards[i].Card.Add(forecasts[i]!, outcome);
                    }

                    margins.AddMatchOdds(match.Season, rowNames, forecasts, outcome);
                }

                if (!ScoreOverUnder(match, league, settings, overUnder, margins))
                {
                    overUnderUnpriced++;
                }
            }

            perLeague[league.League] = [.. leagueCards.Select(ToRow)];
        }

        return new EvaluationReport
        {
            Production = ModelCatalogue.ProductionName,
            Pooled = [.. pooled.Select(ToRow)],
            OverUnder25 = [.. overUnder.Select(c => new OverUnderRow(c.Name, Kind(c.Name, settings), c.Card.Count, c.Card.LogLoss, c.Card.Brier))],
            Leagues = perLeague,
            FromSeason = from.ToString(),
            ToSeason = to.ToString(),
            WindowDays = settings.WindowDays,
            Evaluated = evaluated,
            Dropped = [.. dropped.Select(d => new DroppedMatches(d.Key, d.Value))],
            OverUnder25Unpriced = overUnderUnpriced,
            Margins = margins.Rows(),
            Problems = problems,
        };

        ScoreRow ToRow((string Name, ForecastScorecard Card) c) =>
            new(c.Name, Kind(c.Name, settings), c.Card.Count, c.Card.RankedProbabilityScore, c.Card.LogLoss, c.Card.Brier, c.Card.Accuracy);
    }

    /// <summary>Scores one match's O/U 2.5 for every model and market row; false when a market row (or a model) has no price.</summary>
    private static bool ScoreOverUnder(
        FootballDataMatch match, LeagueWalkForward league, EvaluationSettings settings, (string Name, ForecastScorecard Card)[] cards, MarginsOfVictory margins)
    {
        var markets = MarketForecasts.OverUnderNames.Select(n => MarketForecasts.OverUnder25(n, match)).ToArray();
        if (markets.Any(m => m is null))
        {
            return false;
        }

        var models = new double[settings.Models.Count][];
        for (var i = 0; i < models.Length; i++)
        {
            var over = league.Predictions[settings.Models[i]].TryGetValue(match.Match, out var scores)
                ? scores.Probability((h, a) => h + a > 2)
                : double.NaN;
            if (!double.IsFinite(over))
            {
                return false;
            }

            models[i] = [over, 1 - over];
        }

        var outcome = match.Match.HomeGoals + match.Match.AwayGoals > 2 ? 0 : 1;
        for (var i = 0; i < models.Length; i++)
        {
            cards[i].Card.Add(models[i], outcome);
        }

        for (var i = 0; i < markets.Length; i++)
        {
            cards[models.Length + i].Card.Add(markets[i]!, outcome);
        }

        margins.AddOverUnder(match.Season, [.. settings.Models, .. MarketForecasts.OverUnderNames], [.. models, .. markets], outcome);
        return true;
    }

    /// <summary>The row's 1X2 forecast, or null when it has none (no price, or a non-finite model output).</summary>
    private static double[]? MatchOdds(string row, FootballDataMatch match, LeagueWalkForward league, EvaluationSettings settings)
    {
        if (!settings.Models.Contains(row))
        {
            return MarketForecasts.MatchOdds(row, match);
        }

        if (!league.Predictions[row].TryGetValue(match.Match, out var scores))
        {
            return null;
        }

        double[] forecast = [scores.HomeWin, scores.Draw, scores.AwayWin];
        return forecast.All(double.IsFinite) ? forecast : null;
    }

    private static int Outcome(FootballDataMatch match) =>
        match.Match.HomeGoals > match.Match.AwayGoals ? 0 : match.Match.HomeGoals == match.Match.AwayGoals ? 1 : 2;

    private static string Kind(string row, EvaluationSettings settings) => settings.Models.Contains(row) ? RowKinds.Model : RowKinds.Market;

    private static (string Name, ForecastScorecard Card)[] NewScorecards(IEnumerable<string> names) =>
        [.. names.Select(n => (n, new ForecastScorecard()))];
}

namespace Statistico.FootballDataFiles;

/// <summary>
/// The bookmaker prices of one row, read only for played matches (the evaluation, the replay and the odds backfill
/// compare against them; Football Data's import has no use for them, so it never reports a bad one).
/// </summary>
internal static class FootballDataPrices
{
    public static FootballDataMatch With(FootballDataMatch match, CsvCells row, string location, List<DataProblem> problems)
    {
        MatchOddsPrices? Triple(string home, string draw, string away) =>
            Price(home) is { } h && Price(draw) is { } d && Price(away) is { } a ? new MatchOddsPrices(h, d, a) : null;

        OverUnderPrices? Pair(string over, string under) =>
            Price(over) is { } o && Price(under) is { } u ? new OverUnderPrices(o, u) : null;

        // A garbled price is worth a warning but not the match: the models still learn from the result.
        double? Price(string column)
        {
            var value = row.Number(column, out var valid);
            if (!valid || value is <= 1)
            {
                problems.Add(new DataProblem(location, row.Line, column, $"'{row.Text(column)}' is not a decimal price; treated as missing"));
                return null;
            }

            return value;
        }

        return match with
        {
            PinnacleClosing = Triple("PSCH", "PSCD", "PSCA"),
            Pinnacle = Triple("PSH", "PSD", "PSA"),
            Bet365 = Triple("B365H", "B365D", "B365A"),
            PinnacleClosingOverUnder25 = Pair("PC>2.5", "PC<2.5"),
            PinnacleOverUnder25 = Pair("P>2.5", "P<2.5"),
            Bet365OverUnder25 = Pair("B365>2.5", "B365<2.5"),

            // Market average and best price, collected with the other pre-closing prices: named Avg/Max from
            // 2019/20, BbAv/BbMx (BetBrain's aggregate) before.
            AverageMatchOdds = Triple("AvgH", "AvgD", "AvgA") ?? Triple("BbAvH", "BbAvD", "BbAvA"),
            BestMatchOdds = Triple("MaxH", "MaxD", "MaxA") ?? Triple("BbMxH", "BbMxD", "BbMxA"),
            AverageOverUnder25 = Pair("Avg>2.5", "Avg<2.5") ?? Pair("BbAv>2.5", "BbAv<2.5"),
            BestOverUnder25 = Pair("Max>2.5", "Max<2.5") ?? Pair("BbMx>2.5", "BbMx<2.5"),
        };
    }
}

using Statistico.Contracts.Odds;
using Statistico.FootballDataFiles;

namespace Statistico.OddsChecker.Backfills;

/// <summary>
/// The prices of one football-data.co.uk row as observed markets (ADR 0506): Pinnacle closing and pre-closing, 1X2
/// as MATCH_ODDS and over/under 2.5 as OVER_UNDER_25 where the file has them. Each price is the selection's one back
/// price with size 0 (a bookmaker's quote, no stake on offer); nothing else is derived.
/// </summary>
internal static class HistoricalOdds
{
    public const string PinnacleClosing = "pinnacle-closing";
    public const string PinnaclePreClosing = "pinnacle-preclosing";

    /// <summary>Closing prices are the last before kick-off: observed one minute before it.</summary>
    public static readonly TimeSpan ClosingLead = TimeSpan.FromMinutes(1);

    /// <summary>football-data.co.uk collects pre-closing prices on Tuesday and Friday afternoons (taken as 16:00 UK).</summary>
    private static readonly TimeOnly CollectedAt = new(16, 0);

    /// <summary>Source name to the markets the row prices for it.</summary>
    public static IEnumerable<(string Source, ObservedMarket Market)> Of(FootballDataMatch row, Guid fixtureId, DateTimeOffset kickOff)
    {
        ArgumentNullException.ThrowIfNull(row);
        var closing = kickOff - ClosingLead;
        var preClosing = PreClosingObservedAt(kickOff);
        if (row.PinnacleClosing is { } closing1X2)
        {
            yield return (PinnacleClosing, MatchOdds(fixtureId, closing, closing1X2));
        }

        if (row.PinnacleClosingOverUnder25 is { } closingGoals)
        {
            yield return (PinnacleClosing, OverUnder(fixtureId, closing, closingGoals));
        }

        if (row.Pinnacle is { } preClosing1X2)
        {
            yield return (PinnaclePreClosing, MatchOdds(fixtureId, preClosing, preClosing1X2));
        }

        if (row.PinnacleOverUnder25 is { } preClosingGoals)
        {
            yield return (PinnaclePreClosing, OverUnder(fixtureId, preClosing, preClosingGoals));
        }
    }

    /// <summary>
    /// The latest Tuesday or Friday collection (16:00 UK) before kick-off: Friday for weekend and Monday games,
    /// Tuesday for midweek ones, as football-data.co.uk describes its collection.
    /// </summary>
    public static DateTimeOffset PreClosingObservedAt(DateTimeOffset kickOff)
    {
        var day = UkTime.DateOf(kickOff);
        for (var back = 0; back < 8; back++, day = day.AddDays(-1))
        {
            var collected = UkTime.ToUtc(day, CollectedAt);
            if (day.DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Friday && collected < kickOff)
            {
                return collected;
            }
        }

        throw new InvalidOperationException("A Tuesday or Friday is always within a week.");
    }

    private static ObservedMarket MatchOdds(Guid fixtureId, DateTimeOffset at, MatchOddsPrices prices) =>
        new(fixtureId, "MATCH_ODDS", at, [Runner("HOME", prices.Home), Runner("DRAW", prices.Draw), Runner("AWAY", prices.Away)]);

    private static ObservedMarket OverUnder(Guid fixtureId, DateTimeOffset at, OverUnderPrices prices) =>
        new(fixtureId, "OVER_UNDER_25", at, [Runner("OVER", prices.Over), Runner("UNDER", prices.Under)]);

    // The files hold decimal odds with at most two or three decimals; the conversion keeps them exact.
    private static ObservedRunner Runner(string selection, double price) => new(selection, [new PriceSize(Math.Round((decimal)price, 3), 0m)], []);
}

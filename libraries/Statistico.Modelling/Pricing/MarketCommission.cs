namespace Statistico.Modelling.Pricing;

/// <summary>
/// Money at settlement, the way Betfair settles it: each matched bet's profit in pennies, then
/// commission charged once per market on the market's net winnings (never on a net loss), at the
/// market's base rate. Every rounding names its <see cref="MidpointRounding"/> (ADR 0104): banker's
/// rounding, which is .NET's default and what the Simulator's settlement does today.
/// </summary>
public static class MarketCommission
{
    /// <summary>How a money amount is rounded to pennies: halves go to the even penny (1.225 → 1.22, 1.235 → 1.24).</summary>
    public const MidpointRounding Rounding = MidpointRounding.ToEven;

    /// <summary><paramref name="amount"/> rounded to pennies by <see cref="Rounding"/>.</summary>
    public static decimal Money(decimal amount) => Math.Round(amount, 2, Rounding);

    /// <summary>
    /// Profit before commission of the matched part of a bet: a winning back wins size × (price − 1), a
    /// losing back loses its size, and a lay is the mirror image. The unmatched part stakes nothing.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative matched size, or a price of one or less.</exception>
    public static decimal MatchedProfit(decimal sizeMatched, decimal averagePriceMatched, bool isBack, bool selectionWins)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sizeMatched);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(averagePriceMatched, 1m);
        var winnings = Money(sizeMatched * (averagePriceMatched - 1));
        return (isBack, selectionWins) switch
        {
            (true, true) => winnings,
            (true, false) => -sizeMatched,
            (false, true) => -winnings,
            (false, false) => sizeMatched,
        };
    }

    /// <summary>
    /// Commission on one market's net winnings (the sum of its bets' <see cref="MatchedProfit"/>): net ×
    /// rate rounded to pennies, and zero on a net loss or a void market (net zero).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A rate outside [0, 1).</exception>
    public static decimal OnNetWinnings(decimal netWinnings, decimal rate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rate);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(rate, 1m);
        return netWinnings > 0 ? Money(netWinnings * rate) : 0;
    }
}

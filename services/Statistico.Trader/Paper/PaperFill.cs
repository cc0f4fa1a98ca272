using Statistico.Contracts.Trading;
using Statistico.Trader.Decisions;

namespace Statistico.Trader.Paper;

/// <summary>
/// How much of a paper order the observed prices fill (ADR 0601). On placement an order takes the best opposite offer
/// if it is at or better than its limit, up to the size shown there. A resting remainder is queued behind the size
/// that was visible at its price, which we cannot see being traded, so it fills only when a later observation shows
/// the best offer strictly better than its limit (the market has moved through it), up to the size shown.
/// </summary>
public static class PaperFill
{
    /// <summary>Size and price a new order at <paramref name="limit"/> fills at once.</summary>
    public static (decimal Size, decimal Price) OnPlacement(Side side, decimal limit, decimal size, ObservedPrice observed)
    {
        ArgumentNullException.ThrowIfNull(observed);
        var (best, shown) = BestOffer(side, observed);
        return best is { } price && IsAtOrBetter(side, price, limit) ? (Math.Min(size, shown), price) : (0, 0);
    }

    /// <summary>Size and price a resting order at <paramref name="limit"/> with <paramref name="remaining"/> unmatched fills on a new observation.</summary>
    public static (decimal Size, decimal Price) WhileResting(Side side, decimal limit, decimal remaining, ObservedPrice observed)
    {
        ArgumentNullException.ThrowIfNull(observed);
        var (best, shown) = BestOffer(side, observed);
        return best is { } price && price != limit && IsAtOrBetter(side, price, limit) ? (Math.Min(remaining, shown), limit) : (0, 0);
    }

    // A back takes the best price offered to backers (higher is better); a lay the best offered to layers (lower is better).
    private static (decimal? Price, decimal Size) BestOffer(Side side, ObservedPrice observed) =>
        side == Side.Back ? (observed.BackPrice, observed.BackSize) : (observed.LayPrice, observed.LaySize);

    private static bool IsAtOrBetter(Side side, decimal offered, decimal limit) => side == Side.Back ? offered >= limit : offered <= limit;
}

namespace Statistico.Modelling.Pricing;

/// <summary>
/// Betfair's price ladder from 1.01 to 1000: increments of 0.01 to 2, 0.02 to 3, 0.05 to 4,
/// 0.1 to 6, 0.2 to 10, 0.5 to 20, 1 to 30, 2 to 50, 5 to 100 and 10 to 1000. Exchange orders at
/// any other price are rejected, so every compiled price is put on it.
/// </summary>
public static class BetfairTickLadder
{
    /// <summary>Lowest price on the ladder.</summary>
    public const double MinPrice = 1.01;

    /// <summary>Highest price on the ladder.</summary>
    public const double MaxPrice = 1000;

    private static readonly (decimal UpTo, decimal Increment)[] Bands =
    [
        (2m, 0.01m), (3m, 0.02m), (4m, 0.05m), (6m, 0.1m), (10m, 0.2m),
        (20m, 0.5m), (30m, 1m), (50m, 2m), (100m, 5m), (1000m, 10m),
    ];

    // Declared after the bands because static fields initialise in textual order.
    private static readonly List<double> TickList = Build();

    /// <summary>Every tick in ascending order.</summary>
    public static IReadOnlyList<double> Ticks => TickList;

    /// <summary>True when <paramref name="price"/> is a tick (to within floating-point noise).</summary>
    public static bool IsTick(double price) => Math.Abs(Ticks[IndexOfNearest(price)] - price) < 1e-9;

    /// <summary>The highest tick at or below the price (clamped to the ladder).</summary>
    public static double RoundDown(double price)
    {
        var i = IndexOfNearest(price);
        return Ticks[i] > price + 1e-9 && i > 0 ? Ticks[i - 1] : Ticks[i];
    }

    /// <summary>The lowest tick at or above the price (clamped to the ladder).</summary>
    public static double RoundUp(double price)
    {
        var i = IndexOfNearest(price);
        return Ticks[i] < price - 1e-9 && i < Ticks.Count - 1 ? Ticks[i + 1] : Ticks[i];
    }

    /// <summary>The nearest tick (clamped to the ladder).</summary>
    public static double RoundNearest(double price) => Ticks[IndexOfNearest(price)];

    /// <summary>The tick after <paramref name="tick"/>, or null at the top.</summary>
    public static double? Next(double tick)
    {
        var i = IndexOfNearest(tick);
        return i + 1 < Ticks.Count ? Ticks[i + 1] : null;
    }

    /// <summary>The tick before <paramref name="tick"/>, or null at the bottom.</summary>
    public static double? Previous(double tick)
    {
        var i = IndexOfNearest(tick);
        return i > 0 ? Ticks[i - 1] : null;
    }

    /// <summary>Number of ticks from <paramref name="from"/> up to <paramref name="to"/> (negative if below).</summary>
    public static int TicksBetween(double from, double to) => IndexOfNearest(to) - IndexOfNearest(from);

    private static int IndexOfNearest(double price)
    {
        var index = TickList.BinarySearch(price);
        if (index >= 0)
        {
            return index;
        }

        var above = ~index;
        if (above == 0)
        {
            return 0;
        }

        if (above == Ticks.Count)
        {
            return Ticks.Count - 1;
        }

        return price - Ticks[above - 1] <= Ticks[above] - price ? above - 1 : above;
    }

    private static List<double> Build()
    {
        // Decimal arithmetic so every tick is the exact two-decimal price, not an accumulated sum.
        var ticks = new List<double>();
        var lower = 1m;
        foreach (var (upTo, increment) in Bands)
        {
            for (var price = lower + increment; price <= upTo; price += increment)
            {
                ticks.Add((double)price);
            }

            lower = upTo;
        }

        return ticks;
    }
}

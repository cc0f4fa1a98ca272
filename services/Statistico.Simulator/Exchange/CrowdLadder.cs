using Statistico.Modelling.Pricing;

namespace Statistico.Simulator.Exchange;

/// <summary>
/// The crowd's offers around the world's price: the best back price is the tick at or below it, the best lay price
/// <c>SpreadTicks</c> above that, and level k on either side holds k × <c>LevelSize</c>.
/// </summary>
public sealed record CrowdLadder(IReadOnlyList<LadderLevel> Back, IReadOnlyList<LadderLevel> Lay)
{
    public static CrowdLadder Around(double worldPrice, ExchangeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bestBack = BetfairTickLadder.RoundDown(Math.Clamp(worldPrice, BetfairTickLadder.MinPrice, BetfairTickLadder.MaxPrice));
        var bestLay = Step(bestBack, options.SpreadTicks);
        var back = new List<LadderLevel>();
        var lay = new List<LadderLevel>();
        for (var k = 0; k < options.Depth; k++)
        {
            if (Step(bestBack, -k) is var b && (k == 0 || b < back[^1].Price))
            {
                back.Add(new LadderLevel(b, options.LevelSize * (k + 1)));
            }

            if (Step(bestLay, k) is var l && (k == 0 || l > lay[^1].Price))
            {
                lay.Add(new LadderLevel(l, options.LevelSize * (k + 1)));
            }
        }

        return new(back, lay);
    }

    public decimal BestBack => Back[0].Price;

    public decimal BestLay => Lay[0].Price;

    /// <summary>The crowd's size at <paramref name="price"/> on one side (0 when the price is not on the ladder).</summary>
    public static decimal SizeAt(IReadOnlyList<LadderLevel> side, decimal price) =>
        side.FirstOrDefault(l => l.Price == price)?.Size ?? 0;

    /// <summary><paramref name="price"/> moved by <paramref name="ticks"/> on the tick ladder, as an exact two-decimal price.</summary>
    public static decimal Step(double price, int ticks)
    {
        var current = price;
        for (var i = 0; i < Math.Abs(ticks); i++)
        {
            current = (ticks > 0 ? BetfairTickLadder.Next(current) : BetfairTickLadder.Previous(current)) ?? current;
        }

        return Math.Round((decimal)current, 2);
    }

    public static decimal Step(decimal price, int ticks) => Step((double)price, ticks);
}

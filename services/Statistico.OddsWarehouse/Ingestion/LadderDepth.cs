using Statistico.Contracts.Odds;

namespace Statistico.OddsWarehouse.Ingestion;

/// <summary>
/// The second and third levels of a runner's ladder in one <c>double precision[]</c> column (<c>price_ticks.depth</c>), beside
/// the best level's own columns (which every query and index uses). Fixed layout of eight elements: back level 2
/// price, size, back level 3 price, size, lay level 2 price, size, lay level 3 price, size; a missing level is two
/// nulls. Null when the source showed no second level at all (bookmakers, compiled books), so one-level rows cost
/// nothing (ADR 0304; stored as float8 since ADR 0305, exact for up to 15 significant digits).
/// </summary>
internal static class LadderDepth
{
    private const int Levels = 2;

    public static double?[]? Encode(IReadOnlyList<PriceSize>? back, IReadOnlyList<PriceSize>? lay)
    {
        if ((back is null || back.Count < 2) && (lay is null || lay.Count < 2))
        {
            return null;
        }

        var depth = new double?[Levels * 4];
        Fill(depth, 0, back);
        Fill(depth, Levels * 2, lay);
        return depth;
    }

    /// <summary>The stored levels below the best, best first, per side.</summary>
    public static (IReadOnlyList<PriceSize> Back, IReadOnlyList<PriceSize> Lay) Decode(double?[]? depth)
    {
        if (depth is not { Length: Levels * 4 })
        {
            return ([], []);
        }

        return (Read(depth, 0), Read(depth, Levels * 2));
    }

    private static void Fill(double?[] depth, int offset, IReadOnlyList<PriceSize>? side)
    {
        for (var level = 0; level < Levels && side is not null && level + 1 < side.Count; level++)
        {
            if (side[level + 1] is { } offer)
            {
                depth[offset + (level * 2)] = (double)offer.Price;
                depth[offset + (level * 2) + 1] = (double)offer.Size;
            }
        }
    }

    // Empty sides are the one shared empty array, so observations without depth still compare equal as records.
    private static IReadOnlyList<PriceSize> Read(double?[] depth, int offset)
    {
        var levels = new List<PriceSize>(Levels);
        for (var level = 0; level < Levels; level++)
        {
            if (depth[offset + (level * 2)] is { } price && depth[offset + (level * 2) + 1] is { } size)
            {
                levels.Add(new PriceSize((decimal)price, (decimal)size));
            }
        }

        return levels.Count == 0 ? Array.Empty<PriceSize>() : levels.AsReadOnly();
    }
}

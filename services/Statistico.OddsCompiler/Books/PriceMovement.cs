using Statistico.Contracts.Odds;

namespace Statistico.OddsCompiler.Books;

/// <summary>Whether a recompiled book differs from the published one by at least one tick anywhere (ADR 0401).</summary>
public static class PriceMovement
{
    /// <summary>
    /// True when any book price moved: book prices are ladder ticks, so any change is a move of at least one tick.
    /// A different set of markets or selections counts as a move.
    /// </summary>
    public static bool MovedByATick(IReadOnlyList<CompiledMarket> published, IReadOnlyList<CompiledMarket> recompiled)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(recompiled);
        if (published.Count != recompiled.Count)
        {
            return true;
        }

        for (var m = 0; m < published.Count; m++)
        {
            var before = published[m];
            var after = recompiled[m];
            if (before.MarketType != after.MarketType || before.Line != after.Line || before.Selections.Count != after.Selections.Count)
            {
                return true;
            }

            for (var s = 0; s < before.Selections.Count; s++)
            {
                if (before.Selections[s].Selection != after.Selections[s].Selection || before.Selections[s].BookPrice != after.Selections[s].BookPrice)
                {
                    return true;
                }
            }
        }

        return false;
    }
}

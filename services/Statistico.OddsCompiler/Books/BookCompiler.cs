using Microsoft.Extensions.Options;
using Statistico.Contracts.Odds;
using Statistico.Modelling.Goals;
using Statistico.Modelling.Markets;

namespace Statistico.OddsCompiler.Books;

/// <summary>Every market of design section 4 from one score matrix, with fair prices and the configured margin.</summary>
public sealed class BookCompiler(IOptions<CompilerOptions> options)
{
    // Fair odds of a near-impossible selection (an 8-0 in ANY_OTHER_AWAY) are astronomically large; the contract's
    // decimal holds them, but nobody trades past this.
    private const double MaxFairPrice = 1_000_000;

    public IReadOnlyList<CompiledMarket> Compile(ScoreMatrix matrix)
    {
        var settings = options.Value;
        var markets = new List<CompiledMarket>();
        foreach (var market in MarketCompiler.CompileAll(matrix))
        {
            var booked = BookMaker.WithMargin(market, settings.Margin, settings.MarginMethod);
            var selections = new CompiledSelection[market.Selections.Count];
            for (var i = 0; i < selections.Length; i++)
            {
                var selection = market.Selections[i];
                selections[i] = new CompiledSelection(
                    selection.Name,
                    selection.EffectiveProbability,
                    Price(Math.Min(selection.FairOdds, MaxFairPrice), 4),
                    Price(booked.Selections[i].Odds, 2));
            }

            markets.Add(new CompiledMarket(market.MarketType, selections) { Line = market.Line is { } line ? (decimal)line : null });
        }

        return markets;
    }

    private static decimal Price(double odds, int decimals) =>
        double.IsFinite(odds) ? Math.Round((decimal)odds, decimals, MidpointRounding.AwayFromZero) : (decimal)MaxFairPrice;
}

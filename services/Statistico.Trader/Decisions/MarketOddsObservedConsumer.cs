using MassTransit;
using Statistico.Contracts.Odds;
using Statistico.Trader.Paper;

namespace Statistico.Trader.Decisions;

/// <summary>
/// Prices changed at a source: store them, let resting paper orders match or lapse against them, then evaluate the
/// strategies that trade on that source.
/// </summary>
internal sealed class MarketOddsObservedConsumer(PriceStore prices, PaperBook paper, TradeSignaller signaller) : IConsumer<MarketOddsObserved>
{
    public async Task Consume(ConsumeContext<MarketOddsObserved> context)
    {
        var batch = context.Message;
        await prices.SaveAsync(batch, context.CancellationToken);
        await paper.ReactAsync(context, batch);
        var markets = batch.Markets.Where(m => m.Status is null && !m.InPlay)
            .Select(m => new MarketKey(m.FixtureId, m.MarketType)).Distinct().ToList();
        if (markets.Count > 0)
        {
            await signaller.EvaluateAsync(context, markets, source: batch.Source, model: null);
        }
    }
}

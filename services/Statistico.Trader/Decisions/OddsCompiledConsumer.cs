using MassTransit;
using Statistico.Contracts.Odds;

namespace Statistico.Trader.Decisions;

/// <summary>A new compiled book: store its probabilities and evaluate the strategies that trust its model.</summary>
internal sealed class OddsCompiledConsumer(PriceStore prices, TradeSignaller signaller) : IConsumer<OddsCompiled>
{
    public async Task Consume(ConsumeContext<OddsCompiled> context)
    {
        var book = context.Message;
        await prices.SaveAsync(book, context.CancellationToken);
        var markets = book.Markets.Select(m => new MarketKey(book.FixtureId, m.MarketType)).Distinct().ToList();
        await signaller.EvaluateAsync(context, markets, source: null, model: book.ModelName);
    }
}

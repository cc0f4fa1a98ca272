using MassTransit;
using Microsoft.Extensions.Options;
using Statistico.Contracts.Odds;
using Statistico.Messaging.Outbox;
using Statistico.OddsCompiler.Refits;

namespace Statistico.OddsCompiler.MarketInformed;

/// <summary>
/// Prices observed at a pooled source (ADR 1102): the open, not-in-play MATCH_ODDS and OVER_UNDER_25 markets are stored
/// margin-free if they are the latest seen before kick-off, and a competition whose prices moved is asked to recompile
/// once the transaction has committed (debounced: a first start's thousands of observations become a few refreshes).
/// </summary>
public sealed class MarketOddsObservedConsumer(MarketPriceStore store, RefreshRequests refreshes, AfterCommit afterCommit, IOptions<CompilerOptions> options)
    : IConsumer<MarketOddsObserved>
{
    public async Task Consume(ConsumeContext<MarketOddsObserved> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var batch = context.Message;
        if (!options.Value.MarketInformed.Sources.Contains(batch.Source, StringComparer.Ordinal))
        {
            return;
        }

        var observed = new List<(ObservedMarket, double[])>();
        foreach (var market in batch.Markets)
        {
            // In play or suspended/closed: not a pre-kick-off price, whatever its time stamp says.
            if (market.InPlay || market.Status is not null || ExchangeProbabilities.Of(market) is not { } probabilities)
            {
                continue;
            }

            observed.Add((market, probabilities));
        }

        if (observed.Count == 0)
        {
            return;
        }

        foreach (var competition in await store.SaveAsync(batch.Source, observed, context.CancellationToken))
        {
            refreshes.RequestAfterCommit(afterCommit, competition, refit: false);
        }
    }
}

namespace Statistico.Betfair.Streaming;

/// <summary>
/// The markets of a market subscription, kept current by applying each <c>mcm</c>. Readers get copies taken under
/// the cache's lock (<see cref="Read{T}"/>), so they never see a market half-applied.
/// </summary>
public sealed class MarketCache
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, CachedMarket> markets = new(StringComparer.Ordinal);

    /// <summary>Applies one message; returns the ids of the markets it changed.</summary>
    public IReadOnlyList<string> Apply(StreamResponse message)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (gate)
        {
            if (message.Ct == ChangeTypes.SubImage)
            {
                // A new image replaces everything this subscription held.
                markets.Clear();
            }

            foreach (var change in message.Mc ?? [])
            {
                if (!markets.TryGetValue(change.Id, out var market))
                {
                    markets[change.Id] = market = new CachedMarket(change.Id);
                }

                market.Apply(change);
            }

            return [.. (message.Mc ?? []).Select(c => c.Id).Distinct()];
        }
    }

    public IReadOnlyCollection<string> MarketIds
    {
        get
        {
            lock (gate)
            {
                return [.. markets.Keys];
            }
        }
    }

    /// <summary>Reads one market under the lock (<paramref name="read"/> must copy what it keeps); default when absent.</summary>
    public T? Read<T>(string marketId, Func<CachedMarket, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (gate)
        {
            return markets.TryGetValue(marketId, out var market) ? read(market) : default;
        }
    }
}

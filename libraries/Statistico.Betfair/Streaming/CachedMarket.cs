namespace Statistico.Betfair.Streaming;

/// <summary>One market as the stream has built it from its image and deltas.</summary>
public sealed class CachedMarket(string id)
{
    public string Id { get; } = id;

    public StreamMarketDefinition? Definition { get; private set; }

    public decimal? TradedVolume { get; private set; }

    public Dictionary<long, CachedRunner> Runners { get; } = [];

    /// <summary>How many changes have been applied to this market (its image counts as one).</summary>
    public int ChangesApplied { get; private set; }

    public void Apply(MarketChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Img == true)
        {
            Runners.Clear();
            Definition = null;
            TradedVolume = null;
        }

        Definition = change.MarketDefinition ?? Definition;
        TradedVolume = change.Tv ?? TradedVolume;
        foreach (var runnerChange in change.Rc ?? [])
        {
            if (!Runners.TryGetValue(runnerChange.Id, out var runner))
            {
                Runners[runnerChange.Id] = runner = new CachedRunner(runnerChange.Id);
            }

            runner.Apply(runnerChange);
        }

        ChangesApplied++;
    }
}

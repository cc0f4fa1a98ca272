namespace Statistico.Betfair.Streaming;

/// <summary>One runner as the stream has built it: ladders by price or level, traded volume, last traded price.</summary>
public sealed class CachedRunner(long id)
{
    public long Id { get; } = id;

    public SortedDictionary<decimal, decimal> AvailableToBack { get; } = [];

    public SortedDictionary<decimal, decimal> AvailableToLay { get; } = [];

    /// <summary>Best offers by level (0 = best): price and size.</summary>
    public SortedDictionary<int, (decimal Price, decimal Size)> BestToBack { get; } = [];

    public SortedDictionary<int, (decimal Price, decimal Size)> BestToLay { get; } = [];

    public SortedDictionary<int, (decimal Price, decimal Size)> BestDisplayToBack { get; } = [];

    public SortedDictionary<int, (decimal Price, decimal Size)> BestDisplayToLay { get; } = [];

    public SortedDictionary<decimal, decimal> Traded { get; } = [];

    public decimal? LastTradedPrice { get; set; }

    public decimal? TradedVolume { get; set; }

    public void Apply(RunnerChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        ByPrice(AvailableToBack, change.Atb);
        ByPrice(AvailableToLay, change.Atl);
        ByLevel(BestToBack, change.Batb);
        ByLevel(BestToLay, change.Batl);
        ByLevel(BestDisplayToBack, change.Bdatb);
        ByLevel(BestDisplayToLay, change.Bdatl);
        ByPrice(Traded, change.Trd);
        LastTradedPrice = change.Ltp ?? LastTradedPrice;
        TradedVolume = change.Tv ?? TradedVolume;
    }

    private static void ByPrice(SortedDictionary<decimal, decimal> ladder, IReadOnlyList<IReadOnlyList<decimal>>? entries)
    {
        foreach (var entry in entries ?? [])
        {
            if (entry[1] == 0)
            {
                ladder.Remove(entry[0]);
            }
            else
            {
                ladder[entry[0]] = entry[1];
            }
        }
    }

    private static void ByLevel(SortedDictionary<int, (decimal Price, decimal Size)> ladder, IReadOnlyList<IReadOnlyList<decimal>>? entries)
    {
        foreach (var entry in entries ?? [])
        {
            if (entry[2] == 0)
            {
                ladder.Remove((int)entry[0]);
            }
            else
            {
                ladder[(int)entry[0]] = (entry[1], entry[2]);
            }
        }
    }
}

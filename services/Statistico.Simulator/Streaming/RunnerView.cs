using Statistico.Betfair.Streaming;

namespace Statistico.Simulator.Streaming;

/// <summary>A runner as one subscription sees it: only the fields it asked for, at its ladder depth.</summary>
public sealed record RunnerView(
    long Id, KeyedEntries? Atb, KeyedEntries? Atl, KeyedEntries? Batb, KeyedEntries? Batl, KeyedEntries? Bdatb, KeyedEntries? Bdatl,
    KeyedEntries? Trd, decimal? Ltp, decimal? Tv)
{
    public static RunnerView Of(RunnerImage runner, IReadOnlySet<string> fields, int levels)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(fields);
        bool Wants(string field) => fields.Contains(field);
        return new RunnerView(
            runner.Id,
            Wants(MarketDataFields.ExAllOffers) ? KeyedEntries.ByPrice(runner.Back) : null,
            Wants(MarketDataFields.ExAllOffers) ? KeyedEntries.ByPrice(runner.Lay) : null,
            Wants(MarketDataFields.ExBestOffers) ? KeyedEntries.ByLevel(runner.Back, levels) : null,
            Wants(MarketDataFields.ExBestOffers) ? KeyedEntries.ByLevel(runner.Lay, levels) : null,
            // The simulated exchange has no cross-matching, so the virtual (display) ladder is the real one.
            Wants(MarketDataFields.ExBestOffersDisp) ? KeyedEntries.ByLevel(runner.Back, levels) : null,
            Wants(MarketDataFields.ExBestOffersDisp) ? KeyedEntries.ByLevel(runner.Lay, levels) : null,
            Wants(MarketDataFields.ExTraded) ? KeyedEntries.ByPrice(runner.Traded) : null,
            Wants(MarketDataFields.ExLtp) ? runner.Ltp : null,
            Wants(MarketDataFields.ExTradedVol) ? runner.Tv : null);
    }

    /// <summary>The change from <paramref name="before"/> (null: the whole runner), or null when nothing changed.</summary>
    public RunnerChange? Since(RunnerView? before)
    {
        var change = new RunnerChange
        {
            Id = Id,
            Atb = Atb?.Since(before?.Atb), Atl = Atl?.Since(before?.Atl),
            Batb = Batb?.Since(before?.Batb), Batl = Batl?.Since(before?.Batl),
            Bdatb = Bdatb?.Since(before?.Bdatb), Bdatl = Bdatl?.Since(before?.Bdatl),
            Trd = Trd?.Since(before?.Trd),
            Ltp = Ltp != before?.Ltp ? Ltp : null,
            Tv = Tv != before?.Tv ? Tv : null,
        };
        return change == new RunnerChange { Id = Id } ? null : change;
    }
}

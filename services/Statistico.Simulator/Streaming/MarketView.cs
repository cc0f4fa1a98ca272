using Statistico.Betfair.Streaming;

namespace Statistico.Simulator.Streaming;

/// <summary>A market as one subscription sees it, and the change between two such views.</summary>
public sealed record MarketView(string MarketId, StreamMarketDefinition? Definition, decimal? Tv, IReadOnlyDictionary<long, RunnerView> Runners)
{
    public static MarketView Of(string marketId, MarketImage image, IReadOnlySet<string> fields, int levels)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(fields);
        return new MarketView(
            marketId,
            fields.Contains(MarketDataFields.ExMarketDef) ? image.Definition : null,
            fields.Contains(MarketDataFields.ExTradedVol) ? image.Tv : null,
            image.Runners.ToDictionary(r => r.Id, r => RunnerView.Of(r, fields, levels)));
    }

    /// <summary>The whole market, replacing whatever the client holds.</summary>
    public MarketChange Image() => new()
    {
        Id = MarketId, Img = true, MarketDefinition = Definition, Tv = Tv,
        Rc = [.. Runners.Values.OrderBy(r => r.Id).Select(r => r.Since(null) ?? new RunnerChange { Id = r.Id })],
    };

    /// <summary>What turns <paramref name="before"/> into this, or null when the client already holds it.</summary>
    public MarketChange? Since(MarketView before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var runners = Runners.Values.OrderBy(r => r.Id).Select(r => r.Since(before.Runners.GetValueOrDefault(r.Id))).OfType<RunnerChange>().ToList();
        var definition = Definition is not null && !SameDefinition(Definition, before.Definition) ? Definition : null;
        var tv = Tv != before.Tv ? Tv : null;
        return runners.Count == 0 && definition is null && tv is null
            ? null
            : new MarketChange { Id = MarketId, MarketDefinition = definition, Tv = tv, Rc = runners.Count == 0 ? null : runners };
    }

    private static bool SameDefinition(StreamMarketDefinition now, StreamMarketDefinition? before) =>
        before is not null && StreamJson.Serialize(now) == StreamJson.Serialize(before);
}

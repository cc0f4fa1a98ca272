using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Statistico.Contracts.Odds;

namespace Statistico.OddsWarehouse.Ingestion;

/// <summary>
/// Turns an <see cref="OddsCompiled"/> into rows under the source <c>statistico:{model}</c>: the book price as the
/// back price, the fair price beside it, the market's line as the handicap.
/// </summary>
internal static class CompiledPrices
{
    public const string SourcePrefix = "statistico:";

    public static IncomingBatch From(OddsCompiled message)
    {
        var source = SourcePrefix + message.ModelName;
        var markets = message.Markets ?? [];
        var rows = new List<PriceRow>(markets.Count * 3);
        if (!KeyText.IsStorable(message.ModelName) || !KeyText.IsStorable(source))
        {
            return new IncomingBatch(BatchIdOf(message), rows);
        }

        foreach (var market in markets)
        {
            if (market is null || !KeyText.IsStorable(market.MarketType))
            {
                continue;
            }

            foreach (var selection in market.Selections ?? [])
            {
                if (selection is null || !KeyText.IsStorable(selection.Selection))
                {
                    continue;
                }

                rows.Add(new PriceRow(
                    new SeriesKey(message.FixtureId, market.MarketType, market.Line ?? 0m, selection.Selection, source),
                    message.CompiledAt,
                    InPlay: false,
                    selection.BookPrice,
                    BackSize: null,
                    LayPrice: null,
                    LaySize: null,
                    LastTradedPrice: null,
                    selection.FairPrice));
            }
        }

        return new IncomingBatch(BatchIdOf(message), rows);
    }

    /// <summary>
    /// <see cref="OddsCompiled"/> carries no batch id: a book is identified by fixture, model, version and compile
    /// time, so a redelivery or a duplicate publish of the same book maps to the same id.
    /// </summary>
    public static Guid BatchIdOf(OddsCompiled message)
    {
        var key = string.Create(CultureInfo.InvariantCulture,
            $"{message.FixtureId:N}|{message.ModelName}|{message.ModelVersion}|{message.CompiledAt.UtcTicks}");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return new Guid(hash[..16]);
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.Betfair.Streaming;
using Statistico.Simulator.Data;
using Statistico.Simulator.Exchange;

namespace Statistico.Simulator.Streaming;

/// <summary>
/// Builds stream images from the exchange as its JSON-RPC API shows it: market books through <see cref="ExchangeQueries"/>
/// (so the stream and listMarketBook can never disagree) and the account's unsettled orders from the order store.
/// </summary>
public sealed class StreamImages(ExchangeQueries queries, SimulatorDbContext db, World.CurrentWorld world, ExchangeOptions exchange)
{
    private static readonly PriceProjection Everything = new([PriceData.ExAllOffers, PriceData.ExTraded]);

    public async Task<Dictionary<string, MarketImage>> MarketsAsync(IReadOnlyCollection<string> marketIds, CancellationToken cancellationToken)
    {
        var images = new Dictionary<string, MarketImage>(StringComparer.Ordinal);
        foreach (var chunk in marketIds.Chunk(RequestWeight.MarketsPerCall(Everything, 200)))
        {
            foreach (var book in await queries.ListMarketBookAsync(new ListMarketBookRequest(chunk, Everything), cancellationToken))
            {
                if (MarketCatalog.Find(world.Definition, book.MarketId) is { } market)
                {
                    images[book.MarketId] = Image(market, book);
                }
            }
        }

        return images;
    }

    /// <summary>Every unsettled order of markets not yet closed, by market and runner.</summary>
    public async Task<Dictionary<string, OrderMarketImage>> OrdersAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await db.Orders.AsNoTracking().Where(o => o.SettledDate == null).OrderBy(o => o.BetId).ToListAsync(cancellationToken);
        return rows
            .Where(o => world.Definition.Find(o.FixtureId) is { } fixture && MarketCatalog.Status(fixture, now, exchange) != MarketStatus.Closed)
            .GroupBy(o => o.MarketId)
            .ToDictionary(
                m => m.Key,
                m => new OrderMarketImage([.. m.GroupBy(o => o.SelectionId).OrderBy(r => r.Key).Select(r => new OrderRunnerImage(r.Key, [.. r.Select(Order)]))]),
                StringComparer.Ordinal);
    }

    public static StreamOrder Order(OrderRow o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new StreamOrder
        {
            Id = OrderViews.BetId(o), P = o.Price, S = o.Size, Side = o.Side == Side.Back ? "B" : "L",
            Status = o.Status == OrderStatus.Executable ? "E" : "EC",
            Pt = o.PersistenceType switch { PersistenceType.Lapse => "L", PersistenceType.Persist => "P", _ => "MOC" },
            Pd = o.PlacedDate.ToUnixTimeMilliseconds(), Md = o.MatchedDate?.ToUnixTimeMilliseconds(),
            Cd = o.CancelledDate?.ToUnixTimeMilliseconds(), Ld = o.LapsedDate?.ToUnixTimeMilliseconds(),
            Avp = o.AveragePriceMatched, Sm = o.SizeMatched, Sr = o.SizeRemaining, Sl = o.SizeLapsed, Sc = o.SizeCancelled, Sv = o.SizeVoided,
            Rfo = o.CustomerOrderRef, Rfs = o.CustomerStrategyRef,
        };
    }

    private MarketImage Image(SimMarket market, MarketBook book)
    {
        var fixture = market.Fixture;
        var definition = new StreamMarketDefinition
        {
            Status = Upper(book.Status), InPlay = book.Inplay, BetDelay = book.BetDelay, EventId = fixture.Id.ToString(CultureInfo.InvariantCulture),
            EventTypeId = MarketFilters.SoccerEventTypeId, MarketType = market.MarketType, CountryCode = StreamMarketFilters.CountryCode,
            Timezone = "GMT", BettingType = "ODDS", MarketTime = fixture.KickOff, SuspendTime = MarketCatalog.SuspendTime(fixture, exchange),
            OpenDate = fixture.KickOff, TurnInPlayEnabled = true, PersistenceEnabled = true, Complete = true, DiscountAllowed = true,
            MarketBaseRate = exchange.CommissionRate * 100, NumberOfWinners = 1, NumberOfActiveRunners = book.NumberOfActiveRunners,
            // The book's version moves with each liquidity period; the definition changes only with its status and in-play flag.
            Version = ((long)book.Status * 2) + (book.Inplay ? 1 : 0),
            Runners = [.. market.Runners.Select(r => new StreamRunnerDefinition
            {
                Id = r.SelectionId, SortPriority = r.SortPriority,
                Status = Upper(book.Runners.FirstOrDefault(b => b.SelectionId == r.SelectionId)?.Status ?? RunnerStatus.Active),
            })],
        };
        var runners = book.Runners.Select(r => new RunnerImage(
            r.SelectionId,
            [.. (r.Exchange?.AvailableToBack ?? []).Select(p => (p.Price, p.Size))],
            [.. (r.Exchange?.AvailableToLay ?? []).Select(p => (p.Price, p.Size))],
            [.. (r.Exchange?.TradedVolume ?? []).Select(p => (p.Price, p.Size))],
            r.LastPriceTraded,
            r.TotalMatched ?? 0)).ToList();
        return new MarketImage(definition, book.TotalMatched, runners);
    }

    private static string Upper<T>(T value)
        where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.Modelling.Pricing;
using Statistico.Simulator.Clock;
using Statistico.Simulator.Data;
using Statistico.Simulator.World;

namespace Statistico.Simulator.Exchange;

/// <summary>The read operations of the exchange: events, catalogue, books, orders and funds, at the world's time.</summary>
public sealed class ExchangeQueries(
    SimulatorDbContext db, CurrentWorld world, WorldClock clock, ExchangeCatchUp catchUp, OrderMatcher matcher, IOptions<SimulatorOptions> options)
{
    private const int MaxRequestWeight = 200;

    private ExchangeOptions Exchange => options.Value.Exchange;

    public async Task<List<EventResult>> ListEventsAsync(ListEventsRequest request, CancellationToken cancellationToken)
    {
        var now = await CatchUpAsync(cancellationToken);
        return [.. VisibleMarkets(now, request.Filter).GroupBy(m => m.Market.Fixture).Select(g => new EventResult(Event(g.Key), g.Count()))];
    }

    public async Task<List<MarketCatalogue>> ListMarketCatalogueAsync(ListMarketCatalogueRequest request, CancellationToken cancellationToken)
    {
        if (request.MaxResults is < 1 or > 1000)
        {
            throw new ExchangeFaultException(ApingErrorCodes.InvalidInputData, "maxResults must be 1–1000");
        }

        var now = await CatchUpAsync(cancellationToken);
        var projection = request.MarketProjection ?? [];
        var markets = VisibleMarkets(now, request.Filter);
        markets = request.Sort == MarketSort.LastToStart ? markets.OrderByDescending(m => m.Market.Fixture.KickOff) : markets.OrderBy(m => m.Market.Fixture.KickOff);
        return [.. markets.Take(request.MaxResults).Select(m => Catalogue(m.Market, projection))];
    }

    public async Task<List<MarketBook>> ListMarketBookAsync(ListMarketBookRequest request, CancellationToken cancellationToken)
    {
        if (request.MarketIds is null || request.MarketIds.Count == 0)
        {
            throw new ExchangeFaultException(ApingErrorCodes.InvalidInputData, "marketIds is mandatory");
        }

        if (RequestWeight.PerMarket(request.PriceProjection) * request.MarketIds.Count > MaxRequestWeight)
        {
            throw new ExchangeFaultException(ApingErrorCodes.TooMuchData, "the request's data weight exceeds 200");
        }

        var now = await CatchUpAsync(cancellationToken);
        var books = new List<MarketBook>();
        foreach (var marketId in request.MarketIds.Distinct())
        {
            if (!MarketCatalog.TryParse(marketId, out _, out _))
            {
                throw new ExchangeFaultException(ApingErrorCodes.InvalidInputData, $"market id passed is invalid: {marketId}");
            }

            if (MarketCatalog.Find(world.Definition, marketId) is { } market)
            {
                books.Add(await BookAsync(market, now, request, cancellationToken));
            }
        }

        return books;
    }

    public async Task<CurrentOrderSummaryReport> ListCurrentOrdersAsync(ListCurrentOrdersRequest request, CancellationToken cancellationToken)
    {
        await CatchUpAsync(cancellationToken);
        var query = db.Orders.AsNoTracking().Where(o => o.SettledDate == null && (o.SizeMatched > 0 || o.Status == OrderStatus.Executable));
        query = request.OrderProjection switch
        {
            OrderProjection.Executable => query.Where(o => o.Status == OrderStatus.Executable),
            OrderProjection.ExecutionComplete => query.Where(o => o.Status == OrderStatus.ExecutionComplete),
            _ => query,
        };
        var orders = Filter(await query.OrderBy(o => o.BetId).ToListAsync(cancellationToken), request.MarketIds, request.BetIds, request.CustomerOrderRefs);
        var (page, more) = Page(orders, request.FromRecord, request.RecordCount);
        return new([.. page.Select(OrderViews.Current)], more);
    }

    public async Task<ClearedOrderSummaryReport> ListClearedOrdersAsync(ListClearedOrdersRequest request, CancellationToken cancellationToken)
    {
        await CatchUpAsync(cancellationToken);
        var all = await db.Orders.AsNoTracking().Where(o => o.Status == OrderStatus.ExecutionComplete).OrderBy(o => o.BetId).ToListAsync(cancellationToken);
        var cleared = all.Where(o => request.BetStatus switch
        {
            BetStatus.Settled => o.SettledDate != null && o.SizeMatched > 0,
            BetStatus.Lapsed => o.SizeMatched == 0 && o.SizeVoided == 0 && o.SizeLapsed > 0,
            BetStatus.Cancelled => o.SizeMatched == 0 && o.SizeVoided == 0 && o.SizeCancelled > 0,
            BetStatus.Voided => o.SettledDate != null && o.SizeVoided > 0,
            _ => false,
        }).Where(o => request.EventIds is not { Count: > 0 } || request.EventIds.Contains(o.FixtureId.ToString(CultureInfo.InvariantCulture)));
        var filtered = Filter([.. cleared], request.MarketIds, request.BetIds, request.CustomerOrderRefs);
        IReadOnlyList<ClearedOrderSummary> rows = request.GroupBy == GroupBy.Market
            ? await ByMarketAsync(filtered, cancellationToken)
            : [.. filtered.Select(OrderViews.Cleared)];
        var (page, more) = Page(rows, request.FromRecord, request.RecordCount);
        return new(page, more);
    }

    public async Task<AccountFundsResponse> GetAccountFundsAsync(CancellationToken cancellationToken)
    {
        await CatchUpAsync(cancellationToken);
        var account = await db.Accounts.AsNoTracking().SingleAsync(cancellationToken);
        var open = await db.Orders.AsNoTracking().Where(o => o.SettledDate == null && (o.SizeMatched > 0 || o.Status == OrderStatus.Executable)).ToListAsync(cancellationToken);
        var exposure = Exposure.Total(open, id => MarketCatalog.Find(world.Definition, id)?.Runners.Select(r => r.SelectionId).ToList() ?? []);
        return new AccountFundsResponse
        {
            AvailableToBetBalance = account.Balance - exposure, Exposure = -exposure, RetainedCommission = account.CommissionPaid,
            ExposureLimit = -account.Balance, DiscountRate = 0, PointsBalance = 0, Wallet = "UK",
        };
    }

    private async Task<DateTimeOffset> CatchUpAsync(CancellationToken cancellationToken)
    {
        var now = clock.Now;
        await catchUp.RunAsync(now, cancellationToken);
        return now;
    }

    private async Task<List<ClearedOrderSummary>> ByMarketAsync(IReadOnlyList<OrderRow> orders, CancellationToken cancellationToken)
    {
        var ids = orders.Select(o => o.MarketId).Distinct().ToList();
        var settlements = await db.MarketSettlements.AsNoTracking().Where(s => ids.Contains(s.MarketId)).ToDictionaryAsync(s => s.MarketId, cancellationToken);
        return [.. orders.GroupBy(o => o.MarketId).Select(g => new ClearedOrderSummary
        {
            EventTypeId = MarketFilters.SoccerEventTypeId, EventId = g.First().FixtureId.ToString(CultureInfo.InvariantCulture), MarketId = g.Key,
            BetCount = g.Count(), Profit = g.Sum(o => o.Profit ?? 0), Commission = settlements.GetValueOrDefault(g.Key)?.Commission ?? 0,
            SettledDate = settlements.GetValueOrDefault(g.Key)?.SettledAt, SizeSettled = g.Sum(o => o.SizeMatched),
        })];
    }

    private async Task<MarketBook> BookAsync(SimMarket market, DateTimeOffset now, ListMarketBookRequest request, CancellationToken cancellationToken)
    {
        var status = MarketCatalog.Status(market.Fixture, now, Exchange);
        var orders = await db.Orders.AsNoTracking().Where(o => o.MarketId == market.MarketId).OrderBy(o => o.BetId).ToListAsync(cancellationToken);
        var data = request.PriceProjection?.PriceData ?? [];
        var depth = data.Contains(PriceData.ExAllOffers) ? Exchange.Depth : Math.Min(Exchange.Depth, request.PriceProjection?.ExBestOffersOverrides?.BestPricesDepth ?? 3);
        var prices = world.Definition.PricesAt(market.Fixture, now)!;
        var winners = status == MarketStatus.Closed && market.Fixture.Disruption == FixtureDisruption.None ? market.Runners.Where(r => r.Wins(market.Fixture.Result)).Select(r => r.SelectionId).ToHashSet() : null;
        var crowdVolume = CrowdVolume(market, now);
        var runners = new List<Runner>();
        foreach (var runner in market.Runners)
        {
            var mine = orders.Where(o => o.SelectionId == runner.SelectionId).ToList();
            ExchangePrices? ex = null;
            if (data.Contains(PriceData.ExBestOffers) || data.Contains(PriceData.ExAllOffers) || data.Contains(PriceData.ExTraded))
            {
                ex = status == MarketStatus.Open
                    ? await PricesAsync(market, runner, prices, now, mine, depth, crowdVolume, data.Contains(PriceData.ExTraded), cancellationToken)
                    : new ExchangePrices([], [], data.Contains(PriceData.ExTraded) ? Traded(mine, runner, prices, crowdVolume) : null);
            }

            runners.Add(new Runner
            {
                SelectionId = runner.SelectionId,
                Status = winners is null ? RunnerStatus.Active : winners.Contains(runner.SelectionId) ? RunnerStatus.Winner : RunnerStatus.Loser,
                LastPriceTraded = OnLadder(runner.Price(prices)),
                TotalMatched = crowdVolume + mine.Sum(o => o.SizeMatched),
                Exchange = ex,
                Orders = request.OrderProjection is null ? null : [.. mine.Where(o => Wanted(o, request.OrderProjection.Value)).Select(OrderViews.InBook)],
            });
        }

        return new MarketBook
        {
            MarketId = market.MarketId, Status = status, Inplay = status == MarketStatus.Suspended, Complete = true,
            NumberOfWinners = 1, NumberOfRunners = market.Runners.Count, NumberOfActiveRunners = market.Runners.Count,
            TotalMatched = runners.Sum(r => r.TotalMatched ?? 0), CrossMatching = false, RunnersVoidable = false,
            Version = matcher.Period(now), Runners = runners, LastMatchTime = orders.Max(o => o.MatchedDate),
        };
    }

    private async Task<ExchangePrices> PricesAsync(
        SimMarket market, SimRunner runner, FixturePrices prices, DateTimeOffset now, List<OrderRow> mine, int depth, decimal crowdVolume, bool traded, CancellationToken cancellationToken)
    {
        var ladder = await matcher.AvailableAsync(market, runner, prices, now, cancellationToken);
        var resting = mine.Where(o => o.Status == OrderStatus.Executable).ToList();
        // Own resting orders are offers too: a resting back is available to lay against, a resting lay to back.
        var back = Merge(ladder.Back, resting.Where(o => o.Side == Side.Lay)).OrderByDescending(l => l.Price).Take(depth);
        var lay = Merge(ladder.Lay, resting.Where(o => o.Side == Side.Back)).OrderBy(l => l.Price).Take(depth);
        return new ExchangePrices(
            [.. back.Select(l => new PriceSize(l.Price, l.Size))], [.. lay.Select(l => new PriceSize(l.Price, l.Size))],
            traded ? Traded(mine, runner, prices, crowdVolume) : null);
    }

    private static IEnumerable<LadderLevel> Merge(IEnumerable<LadderLevel> crowd, IEnumerable<OrderRow> own) =>
        crowd.Select(l => (l.Price, l.Size)).Concat(own.Select(o => (o.Price, Size: o.SizeRemaining)))
            .GroupBy(x => x.Price).Select(g => new LadderLevel(g.Key, g.Sum(x => x.Size))).Where(l => l.Size > 0);

    private static List<PriceSize> Traded(List<OrderRow> mine, SimRunner runner, FixturePrices prices, decimal crowdVolume) =>
        [.. mine.Where(o => o.SizeMatched > 0).Select(o => new PriceSize(o.AveragePriceMatched ?? o.Price, o.SizeMatched))
            .Append(new PriceSize(OnLadder(runner.Price(prices)), crowdVolume)).Where(x => x.Size > 0)
            .GroupBy(x => x.Price).Select(g => new PriceSize(g.Key, g.Sum(x => x.Size))).OrderBy(p => p.Price)];

    /// <summary>The world's price as a tick (the crowd trades on the ladder too).</summary>
    private static decimal OnLadder(double price) =>
        Math.Round((decimal)BetfairTickLadder.RoundNearest(price), 2);

    /// <summary>The crowd's traded volume: the flow rate since the market opened, up to kick-off.</summary>
    private decimal CrowdVolume(SimMarket market, DateTimeOffset now)
    {
        var opened = market.Fixture.KickOff - Exchange.MarketsOpenBefore;
        var until = now < market.Fixture.KickOff ? now : market.Fixture.KickOff;
        return until <= opened ? 0 : Math.Round(Exchange.CounterpartyFlowPerMinute * (decimal)(until - opened).TotalMinutes, 2);
    }

    private static bool Wanted(OrderRow order, OrderProjection projection) => projection switch
    {
        OrderProjection.Executable => order.Status == OrderStatus.Executable,
        OrderProjection.ExecutionComplete => order.Status == OrderStatus.ExecutionComplete,
        _ => true,
    };

    private IEnumerable<(SimMarket Market, MarketStatus Status)> VisibleMarkets(DateTimeOffset now, MarketFilter? filter) =>
        world.Definition.Fixtures
            .Where(f => f.KickOff + Exchange.MatchDuration > now && f.KickOff - Exchange.MarketsOpenBefore <= now)
            .SelectMany(MarketCatalog.For)
            .Select(m => (Market: m, Status: MarketCatalog.Status(m.Fixture, now, Exchange)))
            .Where(x => x.Status is MarketStatus.Open or MarketStatus.Suspended && MarketFilters.Matches(filter, x.Market, x.Status));

    private MarketCatalogue Catalogue(SimMarket market, IReadOnlyList<MarketProjection> projection)
    {
        var fixture = market.Fixture;
        bool Wants(MarketProjection p) => projection.Contains(p);
        return new MarketCatalogue
        {
            MarketId = market.MarketId, MarketName = market.MarketName, TotalMatched = 0,
            MarketStartTime = Wants(MarketProjection.MarketStartTime) ? fixture.KickOff : null,
            EventType = Wants(MarketProjection.EventType) ? new EventType(MarketFilters.SoccerEventTypeId, "Soccer") : null,
            Competition = Wants(MarketProjection.Competition) ? new Competition(fixture.League.Id.ToString(CultureInfo.InvariantCulture), fixture.League.Name) : null,
            Event = Wants(MarketProjection.Event) ? Event(fixture) : null,
            Description = Wants(MarketProjection.MarketDescription) ? new MarketDescription
            {
                PersistenceEnabled = true, BspMarket = false, MarketTime = fixture.KickOff, SuspendTime = fixture.KickOff, BettingType = "ODDS",
                TurnInPlayEnabled = true, MarketType = market.MarketType, Regulator = "GIBRALTAR REGULATOR", MarketBaseRate = Exchange.CommissionRate * 100,
                DiscountAllowed = true, Wallet = "UK", PriceLadderDescription = new PriceLadderDescription("CLASSIC"),
            }
            : null,
            Runners = Wants(MarketProjection.RunnerDescription) || Wants(MarketProjection.RunnerMetadata)
                ? [.. market.Runners.Select(r => new RunnerCatalog(r.SelectionId, r.Name, 0, r.SortPriority)
                {
                    Metadata = Wants(MarketProjection.RunnerMetadata) ? new Dictionary<string, string?> { ["runnerId"] = r.SelectionId.ToString(CultureInfo.InvariantCulture) } : null,
                })]
                : null,
        };
    }

    private static BetfairEvent Event(WorldFixture fixture) =>
        new(fixture.Id.ToString(CultureInfo.InvariantCulture), fixture.Name, "GB", "GMT", null, fixture.KickOff);

    private static List<OrderRow> Filter(List<OrderRow> orders, IReadOnlyList<string>? marketIds, IReadOnlyList<string>? betIds, IReadOnlyList<string>? customerOrderRefs) =>
        [.. orders.Where(o => (marketIds is not { Count: > 0 } || marketIds.Contains(o.MarketId))
            && (betIds is not { Count: > 0 } || betIds.Contains(OrderViews.BetId(o)))
            && (customerOrderRefs is not { Count: > 0 } || (o.CustomerOrderRef is not null && customerOrderRefs.Contains(o.CustomerOrderRef))))];

    private static (IReadOnlyList<T> Page, bool More) Page<T>(IReadOnlyList<T> rows, int? from, int? count)
    {
        var skip = Math.Max(0, from ?? 0);
        var take = Math.Clamp(count ?? 1000, 1, 1000);
        return ([.. rows.Skip(skip).Take(take)], rows.Count > skip + take);
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Statistico.Betfair;
using Statistico.Betfair.Api;
using Statistico.Modelling.Pricing;
using Statistico.Simulator.Clock;
using Statistico.Simulator.Data;
using Statistico.Simulator.Exchange.Contract;
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
        if (request.Filter is null)
        {
            throw new MandatoryParameterMissingException("filter");
        }

        if (request.MaxResults is < 1 or > 1000)
        {
            throw new ExchangeFaultException(ApingErrorCodes.InvalidInputData, "maxResults must be 1–1000");
        }

        var now = await CatchUpAsync(cancellationToken);
        var projection = request.MarketProjection ?? [];
        var markets = VisibleMarkets(now, request.Filter);
        markets = request.Sort == MarketSort.LastToStart ? markets.OrderByDescending(m => m.Market.Fixture.KickOff) : markets.OrderBy(m => m.Market.Fixture.KickOff);
        var chosen = markets.Take(request.MaxResults).Select(m => m.Market).ToList();
        var ids = chosen.Select(m => m.MarketId).ToList();
        var matched = await db.Orders.AsNoTracking().Where(o => ids.Contains(o.MarketId)).GroupBy(o => o.MarketId)
            .Select(g => new { g.Key, Size = g.Sum(o => o.SizeMatched) }).ToDictionaryAsync(x => x.Key, x => x.Size, cancellationToken);
        return [.. chosen.Select(m => Catalogue(m, projection, (CrowdVolume(m, now) * m.Runners.Count) + matched.GetValueOrDefault(m.MarketId)))];
    }

    public async Task<List<MarketBook>> ListMarketBookAsync(ListMarketBookRequest request, CancellationToken cancellationToken)
    {
        if (request.MarketIds is null)
        {
            throw new MandatoryParameterMissingException("marketIds");
        }

        if (request.MarketIds.Count == 0)
        {
            throw new ExchangeFaultException(ApingErrorCodes.InvalidInputData, "marketIds must name at least one market");
        }

        if (RequestWeight.PerMarket(request.PriceProjection) * request.MarketIds.Count > MaxRequestWeight)
        {
            throw new ExchangeFaultException(ApingErrorCodes.TooMuchData, "the request's data weight exceeds 200");
        }

        var now = await CatchUpAsync(cancellationToken);
        var books = new List<MarketBook>();
        foreach (var marketId in request.MarketIds.Distinct())
        {
            if (!MarketCatalog.IsWellFormed(marketId))
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

    /// <summary>listRunnerBook: the market book of one market with only the runner asked for.</summary>
    public async Task<List<MarketBook>> ListRunnerBookAsync(RunnerBookRequest request, CancellationToken cancellationToken)
    {
        var books = await ListMarketBookAsync(
            new ListMarketBookRequest([request.MarketId], request.PriceProjection) { OrderProjection = request.OrderProjection }, cancellationToken);
        return [.. books.Select(b => b with { Runners = [.. b.Runners.Where(r => r.SelectionId == request.SelectionId)] })];
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

    /// <summary>The markets a filter selects at the world's time (for the navigation operations).</summary>
    internal async Task<List<SimMarket>> MarketsAsync(MarketFilter? filter, CancellationToken cancellationToken)
    {
        var now = await CatchUpAsync(cancellationToken);
        return [.. VisibleMarkets(now, filter).Select(m => m.Market)];
    }

    private async Task<DateTimeOffset> CatchUpAsync(CancellationToken cancellationToken)
    {
        var now = clock.Now;
        await catchUp.RunAsync(now, cancellationToken);
        return now;
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
        var offers = data.Contains(PriceData.ExBestOffers) || data.Contains(PriceData.ExAllOffers);
        var traded = data.Contains(PriceData.ExTraded);
        var runners = new List<Runner>();
        var totalAvailable = 0m;
        foreach (var runner in market.Runners)
        {
            var mine = orders.Where(o => o.SelectionId == runner.SelectionId).ToList();
            var (back, lay) = status == MarketStatus.Open ? await OffersAsync(market, runner, prices, now, mine, cancellationToken) : ([], []);
            totalAvailable += back.Sum(l => l.Size) + lay.Sum(l => l.Size);

            // Betfair always sends ex with its three lists, empty when not asked for (clients validate the shape).
            var ex = new ExchangePrices(
                offers ? [.. back.Take(depth)] : [], offers ? [.. lay.Take(depth)] : [], traded ? Traded(mine, runner, prices, crowdVolume) : []);
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
            // Suspended markets kept inplay=true before issue 19 (a postponement's too): in-play open markets add to it.
            MarketId = market.MarketId, Status = status, Inplay = status == MarketStatus.Suspended || MarketCatalog.InPlay(market.Fixture, now, Exchange), Complete = true,
            NumberOfWinners = 1, NumberOfRunners = market.Runners.Count, NumberOfActiveRunners = market.Runners.Count,
            TotalMatched = runners.Sum(r => r.TotalMatched ?? 0), TotalAvailable = totalAvailable, CrossMatching = false, RunnersVoidable = false,
            BetDelay = MarketCatalog.BetDelaySeconds(market.Fixture, now, Exchange), Version = matcher.Period(now), Runners = runners, LastMatchTime = orders.Max(o => o.MatchedDate),
        };
    }

    /// <summary>Every offer on a runner, best first: the crowd's ladder plus own resting orders.</summary>
    private async Task<(List<PriceSize> Back, List<PriceSize> Lay)> OffersAsync(
        SimMarket market, SimRunner runner, FixturePrices prices, DateTimeOffset now, List<OrderRow> mine, CancellationToken cancellationToken)
    {
        var ladder = await matcher.AvailableAsync(market, runner, prices, now, cancellationToken);
        var resting = mine.Where(o => o.Status == OrderStatus.Executable).ToList();
        // Own resting orders are offers too: a resting back is available to lay against, a resting lay to back.
        var back = Merge(ladder.Back, resting.Where(o => o.Side == Side.Lay)).OrderByDescending(l => l.Price);
        var lay = Merge(ladder.Lay, resting.Where(o => o.Side == Side.Back)).OrderBy(l => l.Price);
        return ([.. back.Select(l => new PriceSize(l.Price, l.Size))], [.. lay.Select(l => new PriceSize(l.Price, l.Size))]);
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
            .Where(x => x.Status is MarketStatus.Open or MarketStatus.Suspended && MarketFilters.Matches(filter, x.Market, x.Status, MarketCatalog.InPlay(x.Market.Fixture, now, Exchange)));

    private MarketCatalogue Catalogue(SimMarket market, IReadOnlyList<MarketProjection> projection, decimal totalMatched)
    {
        var fixture = market.Fixture;
        bool Wants(MarketProjection p) => projection.Contains(p);
        return new MarketCatalogue
        {
            MarketId = market.MarketId, MarketName = market.MarketName, TotalMatched = totalMatched,
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
}

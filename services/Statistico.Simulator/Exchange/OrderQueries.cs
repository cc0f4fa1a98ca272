using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Statistico.Betfair.Api;
using Statistico.Simulator.Clock;
using Statistico.Simulator.Data;
using Statistico.Simulator.Exchange.Contract;
using Statistico.Simulator.World;

namespace Statistico.Simulator.Exchange;

/// <summary>
/// The caller's orders as Betfair reports them: listCurrentOrders, listClearedOrders (every documented filter and
/// roll-up) and listMarketProfitAndLoss, at the world's time.
/// </summary>
public sealed class OrderQueries(SimulatorDbContext db, CurrentWorld world, WorldClock clock, ExchangeCatchUp catchUp, IOptions<SimulatorOptions> options)
{
    public async Task<CurrentOrderSummaryReport> ListCurrentOrdersAsync(CurrentOrdersQuery request, CancellationToken cancellationToken)
    {
        await catchUp.RunAsync(clock.Now, cancellationToken);
        var query = db.Orders.AsNoTracking().Where(o => o.SettledDate == null && (o.SizeMatched > 0 || o.Status == OrderStatus.Executable));
        query = request.OrderProjection switch
        {
            OrderProjection.Executable => query.Where(o => o.Status == OrderStatus.Executable),
            OrderProjection.ExecutionComplete => query.Where(o => o.Status == OrderStatus.ExecutionComplete),
            _ => query,
        };
        var orderBy = request.OrderBy ?? OrderBy.ByBet;
        var rows = Filter(await query.ToListAsync(cancellationToken), request.MarketIds, request.BetIds, request.CustomerOrderRefs, request.CustomerStrategyRefs)
            .Where(o => InRange(request.DateRange, SortTime(o, orderBy)));
        var earliestFirst = request.SortDir != SortDir.LatestToEarliest;
        var sorted = orderBy == OrderBy.ByMarket
            ? rows.OrderBy(o => o.MarketId, StringComparer.Ordinal).ThenBy(o => o.PlacedDate).ThenBy(o => o.BetId)
            : earliestFirst
                ? rows.OrderBy(o => SortTime(o, orderBy)).ThenBy(o => o.BetId)
                : rows.OrderByDescending(o => SortTime(o, orderBy)).ThenByDescending(o => o.BetId);
        var (page, more) = Page([.. sorted], request.FromRecord, request.RecordCount);
        return new([.. page.Select(OrderViews.Current)], more);
    }

    public async Task<ClearedOrdersReport> ListClearedOrdersAsync(ClearedOrdersQuery request, CancellationToken cancellationToken)
    {
        if (request.BetStatus is not { } betStatus)
        {
            throw new MandatoryParameterMissingException("betStatus");
        }

        await catchUp.RunAsync(clock.Now, cancellationToken);
        var all = await db.Orders.AsNoTracking().Where(o => o.Status == OrderStatus.ExecutionComplete).OrderBy(o => o.BetId).ToListAsync(cancellationToken);
        var cleared = all.Where(o => betStatus switch
        {
            BetStatus.Settled => o.SettledDate != null && o.SizeMatched > 0,
            BetStatus.Lapsed => o.SizeMatched == 0 && o.SizeVoided == 0 && o.SizeLapsed > 0,
            BetStatus.Cancelled => o.SizeMatched == 0 && o.SizeVoided == 0 && o.SizeCancelled > 0,
            BetStatus.Voided => o.SettledDate != null && o.SizeVoided > 0,
            _ => false,
        })
            .Where(o => In(request.EventTypeIds, MarketFilters.SoccerEventTypeId))
            .Where(o => In(request.EventIds, o.FixtureId.ToString(CultureInfo.InvariantCulture)))
            .Where(o => request.RunnerIds is not { Count: > 0 } || request.RunnerIds.Contains(o.SelectionId))
            .Where(o => request.Side is not { } side || o.Side == side)
            .Where(o => InRange(request.SettledDateRange, OrderViews.ClearedDate(o)));
        var filtered = Filter([.. cleared], request.MarketIds, request.BetIds, request.CustomerOrderRefs, request.CustomerStrategyRefs);
        var rows = await RollUpAsync(filtered, request.GroupBy ?? GroupBy.Bet, request.IncludeItemDescription == true, cancellationToken);
        var (page, more) = Page(rows, request.FromRecord, request.RecordCount);
        return new(page, more);
    }

    /// <summary>What each runner's win would pay on the caller's matched bets (netOfCommission: less commission on a net win).</summary>
    public async Task<List<MarketProfitAndLoss>> ListMarketProfitAndLossAsync(ProfitAndLossRequest request, CancellationToken cancellationToken)
    {
        if (request.MarketIds is not { Count: > 0 } || request.MarketIds.Any(id => !MarketCatalog.IsWellFormed(id)))
        {
            throw new ExchangeFaultException(ApingErrorCodes.InvalidInputData, "marketIds must be one or more market ids");
        }

        await catchUp.RunAsync(clock.Now, cancellationToken);
        var ids = request.MarketIds.Distinct().ToList();
        var orders = await db.Orders.AsNoTracking().Where(o => ids.Contains(o.MarketId) && o.SizeMatched > 0).ToListAsync(cancellationToken);
        var rate = options.Value.Exchange.CommissionRate;
        var net = request.NetOfCommission == true;
        var result = new List<MarketProfitAndLoss>();
        foreach (var id in ids)
        {
            if (MarketCatalog.Find(world.Definition, id) is not { } market)
            {
                continue;
            }

            var mine = orders.Where(o => o.MarketId == id && (request.IncludeSettledBets == true || o.SettledDate == null)).ToList();
            var runners = market.Runners.Select(r =>
            {
                var ifWin = mine.Sum(o => ProfitIf(o, o.SelectionId == r.SelectionId));
                return new RunnerProfitAndLoss(r.SelectionId, Math.Round(net && ifWin > 0 ? ifWin * (1 - rate) : ifWin, 2));
            }).ToList();
            result.Add(new MarketProfitAndLoss(id, runners) { CommissionApplied = net ? rate * 100 : null });
        }

        return result;
    }

    private static decimal ProfitIf(OrderRow order, bool selectionWins)
    {
        var price = order.AveragePriceMatched ?? order.Price;
        var win = order.SizeMatched * (price - 1);
        return order.Side == Side.Back ? (selectionWins ? win : -order.SizeMatched) : (selectionWins ? -win : order.SizeMatched);
    }

    /// <summary>Betfair's roll-ups: BET (one row a bet), SIDE (runner and side), MARKET, EVENT, EVENT_TYPE; commission from MARKET up.</summary>
    private async Task<List<ClearedOrderRow>> RollUpAsync(IReadOnlyList<OrderRow> orders, GroupBy groupBy, bool describe, CancellationToken cancellationToken)
    {
        if (groupBy == GroupBy.Bet)
        {
            return [.. orders.Select(o => OrderViews.Cleared(o) with { ItemDescription = describe ? Describe(o) : null })];
        }

        var ids = orders.Select(o => o.MarketId).Distinct().ToList();
        var settlements = await db.MarketSettlements.AsNoTracking().Where(s => ids.Contains(s.MarketId)).ToDictionaryAsync(s => s.MarketId, cancellationToken);
        decimal? Commission(IEnumerable<OrderRow> group) => groupBy is GroupBy.Runner or GroupBy.Side
            ? null
            : group.Select(o => o.MarketId).Distinct().Sum(m => settlements.GetValueOrDefault(m)?.Commission ?? 0);
        object Key(OrderRow o) => groupBy switch
        {
            GroupBy.EventType => MarketFilters.SoccerEventTypeId,
            GroupBy.Event => o.FixtureId,
            GroupBy.Market => o.MarketId,
            GroupBy.Runner => (o.MarketId, o.SelectionId),
            _ => (o.MarketId, o.SelectionId, o.Side),
        };
        return [.. orders.GroupBy(Key).Select(g =>
        {
            var first = g.First();
            var atEvent = groupBy is not GroupBy.EventType;
            var atMarket = atEvent && groupBy is not GroupBy.Event;
            var atRunner = atMarket && groupBy is not GroupBy.Market;
            var matched = g.Sum(o => o.SizeMatched);
            return new ClearedOrderRow
            {
                EventTypeId = MarketFilters.SoccerEventTypeId,
                EventId = atEvent ? first.FixtureId.ToString(CultureInfo.InvariantCulture) : null,
                MarketId = atMarket ? first.MarketId : null,
                SelectionId = atRunner ? first.SelectionId : null,
                Handicap = atRunner ? 0 : null,
                Side = groupBy == GroupBy.Side ? first.Side : null,
                PriceMatched = groupBy == GroupBy.Side && matched > 0 ? Math.Round(g.Sum(o => (o.AveragePriceMatched ?? 0) * o.SizeMatched) / matched, 2) : null,
                BetCount = g.Count(), Profit = g.Sum(o => o.Profit ?? 0), Commission = Commission(g), SizeSettled = matched,
                SettledDate = g.Max(OrderViews.ClearedDate), LastMatchedDate = g.Max(o => o.MatchedDate),
                ItemDescription = describe && atRunner ? Describe(first) : null,
            };
        })];
    }

    private ItemDescription? Describe(OrderRow order)
    {
        if (MarketCatalog.Find(world.Definition, order.MarketId) is not { } market)
        {
            return null;
        }

        return new ItemDescription("Soccer", market.Fixture.Name, market.MarketName, market.MarketType, market.Fixture.KickOff,
            market.Runner(order.SelectionId)?.Name ?? "", 1);
    }

    private static DateTimeOffset SortTime(OrderRow order, OrderBy orderBy) => orderBy switch
    {
        OrderBy.ByMatchTime => order.MatchedDate ?? order.PlacedDate,
        OrderBy.BySettledTime or OrderBy.ByVoidTime => order.SettledDate ?? order.PlacedDate,
        _ => order.PlacedDate,
    };

    private static bool InRange(TimeRange? range, DateTimeOffset? at) =>
        range is null || (at is { } value && (range.From is not { } from || value >= from) && (range.To is not { } to || value <= to));

    private static bool In(IReadOnlyList<string>? allowed, string value) => allowed is not { Count: > 0 } || allowed.Contains(value);

    private static List<OrderRow> Filter(
        List<OrderRow> orders, IReadOnlyList<string>? marketIds, IReadOnlyList<string>? betIds, IReadOnlyList<string>? customerOrderRefs, IReadOnlyList<string>? strategyRefs) =>
        [.. orders.Where(o => (marketIds is not { Count: > 0 } || marketIds.Contains(o.MarketId))
            && (betIds is not { Count: > 0 } || betIds.Contains(OrderViews.BetId(o)))
            && (customerOrderRefs is not { Count: > 0 } || (o.CustomerOrderRef is not null && customerOrderRefs.Contains(o.CustomerOrderRef)))
            && (strategyRefs is not { Count: > 0 } || (o.CustomerStrategyRef is not null && strategyRefs.Contains(o.CustomerStrategyRef))))];

    private static (List<T> Page, bool More) Page<T>(List<T> rows, int? from, int? count)
    {
        var skip = Math.Max(0, from ?? 0);
        var take = Math.Clamp(count ?? 1000, 1, 1000);
        return ([.. rows.Skip(skip).Take(take)], rows.Count > skip + take);
    }
}

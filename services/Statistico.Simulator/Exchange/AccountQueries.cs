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
/// The Accounts API's reads besides funds: getAccountDetails, getAccountStatement (one item per settled market,
/// newest first, with the balance after it) and listCurrencyRates (a fixed table: the simulated account is in pounds).
/// </summary>
public sealed class AccountQueries(SimulatorDbContext db, CurrentWorld world, WorldClock clock, ExchangeCatchUp catchUp, IOptions<SimulatorOptions> options)
{
    private static readonly CurrencyRate[] Rates =
    [
        new("AUD", 1.92m), new("CAD", 1.72m), new("DKK", 8.62m), new("EUR", 1.16m), new("HKD", 9.85m), new("NOK", 13.3m),
        new("SEK", 13.6m), new("SGD", 1.69m), new("USD", 1.26m),
    ];

    public AccountDetailsResponse GetAccountDetails() =>
        new("GBP", "Statistico", options.Value.Exchange.Username, "en", "GBR", "GMT", 0, 0, "GB");

    public async Task<AccountStatementReport> GetAccountStatementAsync(AccountStatementRequest request, CancellationToken cancellationToken)
    {
        if (request.RecordCount is < 1 or > 100 || request.FromRecord is < 0)
        {
            throw new ExchangeFaultException(ApingErrorCodes.InvalidInputData, "recordCount must be 1–100 and fromRecord not negative");
        }

        await catchUp.RunAsync(clock.Now, cancellationToken);
        var settlements = await db.MarketSettlements.AsNoTracking().OrderBy(s => s.SettledAt).ThenBy(s => s.MarketId).ToListAsync(cancellationToken);
        var ids = settlements.Select(s => s.MarketId).ToList();
        var orders = await db.Orders.AsNoTracking().Where(o => ids.Contains(o.MarketId) && o.SizeMatched > 0).ToListAsync(cancellationToken);
        var balance = options.Value.Exchange.StartingBalance;
        var items = new List<StatementItem>();
        foreach (var settlement in settlements)
        {
            var amount = settlement.GrossProfit - settlement.Commission;
            balance += amount;
            items.Add(Item(settlement, amount, balance, orders.Where(o => o.MarketId == settlement.MarketId).ToList()));
        }

        var range = request.ItemDateRange;
        var wanted = items.Where(i => (range?.From is not { } from || i.ItemDate >= from) && (range?.To is not { } to || i.ItemDate <= to))
            .OrderByDescending(i => i.ItemDate).ThenByDescending(i => i.RefId, StringComparer.Ordinal).ToList();
        var skip = request.FromRecord ?? 0;
        var take = request.RecordCount ?? 100;
        return new([.. wanted.Skip(skip).Take(take)], wanted.Count > skip + take);
    }

    public List<CurrencyRate> ListCurrencyRates(CurrencyRatesRequest request)
    {
        if (request.FromCurrency is { } from && from != "GBP")
        {
            throw new ExchangeFaultException(ApingErrorCodes.InvalidInputData, "only GBP rates are available");
        }

        return [.. Rates];
    }

    private StatementItem Item(MarketSettlementRow settlement, decimal amount, decimal balance, List<OrderRow> orders)
    {
        var market = MarketCatalog.Find(world.Definition, settlement.MarketId);
        var first = orders.OrderBy(o => o.BetId).FirstOrDefault();
        var matched = orders.Sum(o => o.SizeMatched);
        return new StatementItem(settlement.MarketId, settlement.SettledAt, amount, balance, "UNKNOWN")
        {
            ItemClassData = new Dictionary<string, string> { ["unknownStatementItem"] = settlement.MarketId },
            LegacyData = new StatementLegacyData
            {
                AvgPrice = matched > 0 ? Math.Round(orders.Sum(o => (o.AveragePriceMatched ?? o.Price) * o.SizeMatched) / matched, 2) : 0,
                BetSize = matched, BetType = first?.Side == Side.Lay ? "L" : "B",
                CommissionRate = (options.Value.Exchange.CommissionRate * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%",
                EventId = settlement.FixtureId, EventTypeId = 1, FullMarketName = market is null ? null : $"{market.Fixture.Name} / {market.MarketName}",
                GrossBetAmount = matched, MarketName = market?.MarketName, PlacedDate = first?.PlacedDate, SelectionId = first?.SelectionId ?? 0,
                SelectionName = first is null ? null : market?.Runner(first.SelectionId)?.Name, StartDate = market?.Fixture.KickOff,
                TransactionType = amount >= 0 ? "ACCOUNT_CREDIT" : "ACCOUNT_DEBIT", TransactionId = first?.BetId ?? 0,
                WinLose = amount >= 0 ? "RESULT_WON" : "RESULT_LOST",
            },
        };
    }
}

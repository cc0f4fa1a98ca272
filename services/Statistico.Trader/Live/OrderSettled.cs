using Statistico.Contracts.Trading;

namespace Statistico.Trader.Live;

/// <summary>
/// The exchange settled a LIVE trade's order (listClearedOrders SETTLED): what the trade made, as the exchange booked it.
/// Published by the order monitor; the saga settles once on it. Internal to the Trader, like <see cref="Trading.TradeClosed"/>.
/// </summary>
/// <param name="TradeId">The trade.</param>
/// <param name="BetId">The exchange's bet id.</param>
/// <param name="Outcome">Won or lost (void settlements come as <see cref="OrderVoided"/>).</param>
/// <param name="SizeSettled">Matched size that was settled.</param>
/// <param name="AveragePriceMatched">Average matched price.</param>
/// <param name="GrossProfit">Profit before commission, the exchange's figure.</param>
/// <param name="Commission">This order's share of the market's commission (<see cref="CommissionShares"/>).</param>
/// <param name="SettledAt">When the exchange settled it.</param>
public sealed record OrderSettled(
    Guid TradeId,
    string BetId,
    TradeOutcome Outcome,
    decimal SizeSettled,
    decimal? AveragePriceMatched,
    decimal GrossProfit,
    decimal Commission,
    DateTimeOffset SettledAt);

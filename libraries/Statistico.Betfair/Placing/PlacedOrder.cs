using Statistico.Betfair.Api;

namespace Statistico.Betfair;

/// <summary>One order on the exchange, found by its customerOrderRef or reported by placeOrders.</summary>
public sealed record PlacedOrder(string CustomerOrderRef, string BetId, decimal SizeMatched, decimal? AveragePriceMatched, OrderStatus? Status);

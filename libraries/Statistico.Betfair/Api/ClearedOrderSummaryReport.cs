namespace Statistico.Betfair.Api;

/// <summary>A page of listClearedOrders.</summary>
public sealed record ClearedOrderSummaryReport(IReadOnlyList<ClearedOrderSummary> ClearedOrders, bool MoreAvailable);

namespace Statistico.Betfair.Api;

/// <summary>A page of listCurrentOrders.</summary>
public sealed record CurrentOrderSummaryReport(IReadOnlyList<CurrentOrderSummary> CurrentOrders, bool MoreAvailable);

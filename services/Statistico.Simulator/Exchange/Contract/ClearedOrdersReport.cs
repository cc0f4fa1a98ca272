namespace Statistico.Simulator.Exchange.Contract;

/// <summary>listClearedOrders' answer.</summary>
public sealed record ClearedOrdersReport(IReadOnlyList<ClearedOrderRow> ClearedOrders, bool MoreAvailable);

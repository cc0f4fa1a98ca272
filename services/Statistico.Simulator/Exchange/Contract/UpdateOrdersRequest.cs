namespace Statistico.Simulator.Exchange.Contract;

/// <summary>updateOrders' parameters.</summary>
public sealed record UpdateOrdersRequest(string MarketId, IReadOnlyList<UpdateInstruction> Instructions, string? CustomerRef = null);

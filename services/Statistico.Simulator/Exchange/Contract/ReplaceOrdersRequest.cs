namespace Statistico.Simulator.Exchange.Contract;

/// <summary>replaceOrders' parameters.</summary>
public sealed record ReplaceOrdersRequest(string MarketId, IReadOnlyList<ReplaceInstruction> Instructions, string? CustomerRef = null);

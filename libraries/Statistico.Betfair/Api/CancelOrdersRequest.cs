namespace Statistico.Betfair.Api;

/// <summary>Parameters of cancelOrders: no market cancels everything, no instructions cancels the whole market.</summary>
public sealed record CancelOrdersRequest(string? MarketId = null, IReadOnlyList<CancelInstruction>? Instructions = null, string? CustomerRef = null);

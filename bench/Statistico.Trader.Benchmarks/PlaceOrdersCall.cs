namespace Statistico.Trader.Benchmarks;

/// <summary>One placeOrders call as the probe saw it: Stopwatch timestamps of the request leaving and the answer back.</summary>
internal sealed record PlaceOrdersCall(long Sent, long Answered, bool Accepted);

namespace Statistico.Simulator.Streaming;

/// <summary>The account's unsettled orders in one market, by runner.</summary>
public sealed record OrderMarketImage(IReadOnlyList<OrderRunnerImage> Runners);

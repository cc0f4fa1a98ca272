using Statistico.Betfair.Streaming;

namespace Statistico.Simulator.Streaming;

/// <summary>Everything the stream can say about one market at one moment; each subscription sends its part of it.</summary>
public sealed record MarketImage(StreamMarketDefinition Definition, decimal Tv, IReadOnlyList<RunnerImage> Runners);

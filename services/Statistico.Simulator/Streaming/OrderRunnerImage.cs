using Statistico.Betfair.Streaming;

namespace Statistico.Simulator.Streaming;

/// <summary>The account's orders on one runner, each whole.</summary>
public sealed record OrderRunnerImage(long Id, IReadOnlyList<StreamOrder> Orders);

using Statistico.Simulator.World;

namespace Statistico.Simulator.Exchange;

/// <summary>One market of a fixture.</summary>
public sealed record SimMarket(string MarketId, string MarketType, string MarketName, WorldFixture Fixture, IReadOnlyList<SimRunner> Runners)
{
    public SimRunner? Runner(long selectionId) => Runners.FirstOrDefault(r => r.SelectionId == selectionId);
}

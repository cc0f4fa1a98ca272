namespace Statistico.OddsWarehouse.Benchmarks;

/// <summary>A message shape and how many messages to send.</summary>
/// <param name="Name">What the shape stands for.</param>
/// <param name="Messages">Messages in the measured run.</param>
/// <param name="MarketsPerMessage">Markets per <c>MarketOddsObserved</c>.</param>
/// <param name="RunnersPerMarket">Runners per market.</param>
internal sealed record Scenario(string Name, int Messages, int MarketsPerMessage, int RunnersPerMarket)
{
    public int RowsPerMessage => MarketsPerMessage * RunnersPerMarket;

    public long Rows => (long)Messages * RowsPerMessage;
}

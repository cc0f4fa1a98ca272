namespace Statistico.Trader.Decisions;

/// <summary>A strategy's open positions and recent history as the risk limits see them, summed by the database.</summary>
internal sealed class OpenBook
{
    /// <summary>A trade on the same fixture, market and selection is open.</summary>
    public bool SelectionOpen { get; init; }

    public int OpenTrades { get; init; }

    /// <summary>Worst-case loss of every open position, summed without netting.</summary>
    public decimal Exposure { get; init; }

    /// <summary>The same over the fixture's open positions.</summary>
    public decimal FixtureExposure { get; init; }

    /// <summary>Net profit of the positions closed since midnight UTC.</summary>
    public decimal TodaysNet { get; init; }

    /// <summary>LIVE positions opened in the last hour, over every strategy (the exchange counts the account's orders).</summary>
    public int LiveLastHour { get; init; }
}

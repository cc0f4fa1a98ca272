namespace Statistico.Trader.Live.Faults;

/// <summary>
/// Where a placeOrders call stops for good, so a test can kill the process (SIGKILL) at that exact point: the two
/// moments a crash is most expensive for a live order. Never set in production: every order would stop there.
/// </summary>
public enum PlaceOrdersHang
{
    /// <summary>No fault: every call runs.</summary>
    None,

    /// <summary>After the order's ledger row is committed and before the request leaves: the exchange never hears of it.</summary>
    BeforeSend,

    /// <summary>After the exchange has answered and before the Trader reads the answer: the order exists, unrecorded.</summary>
    AfterAnswer,
}

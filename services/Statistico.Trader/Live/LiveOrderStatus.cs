namespace Statistico.Trader.Live;

/// <summary>Where one customer reference stands. Only <see cref="Sending"/> and <see cref="InDoubt"/> are open.</summary>
public enum LiveOrderStatus
{
    /// <summary>Refused before any call (kill switch, stale intent, market not open, budget): nothing was sent.</summary>
    Refused,

    /// <summary>Committed before the call: a call may have been made, its answer not yet recorded.</summary>
    Sending,

    /// <summary>The answer was lost or the call's owner vanished: found by look-up or, after the window, concluded not placed.</summary>
    InDoubt,

    /// <summary>The exchange has the order.</summary>
    Placed,

    /// <summary>The exchange refused the call: certainly no order.</summary>
    Rejected,

    /// <summary>Not found by its reference after the visibility window: concluded not placed, never sent again.</summary>
    NotPlaced,
}

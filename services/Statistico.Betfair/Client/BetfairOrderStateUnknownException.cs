using Statistico.Betfair.Api;

namespace Statistico.Betfair;

/// <summary>
/// placeOrders got no usable answer and the look-up by customerOrderRef could not show every order: some may exist.
/// Never re-place blindly; reconcile by <see cref="CustomerOrderRefs"/> later (an order can take ~15 s to appear).
/// </summary>
public sealed class BetfairOrderStateUnknownException : BetfairException
{
    public BetfairOrderStateUnknownException()
    {
    }

    public BetfairOrderStateUnknownException(string message)
        : base(message)
    {
    }

    public BetfairOrderStateUnknownException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BetfairOrderStateUnknownException(
        string marketId, IReadOnlyList<string> customerOrderRefs, IReadOnlyList<CurrentOrderSummary> found, Exception cause)
        : base(null, $"placeOrders on {marketId} has no answer; {found.Count} of {customerOrderRefs.Count} orders found by customerOrderRef", cause)
    {
        CustomerOrderRefs = customerOrderRefs;
        Found = found;
    }

    public IReadOnlyList<string> CustomerOrderRefs { get; } = [];

    public IReadOnlyList<CurrentOrderSummary> Found { get; } = [];
}

namespace Statistico.Messaging.Bus;

/// <summary>
/// How long after its first delivery the bus conventions can still bring a message back: every delivery's immediate
/// retries at their longest interval, plus every scheduled redelivery's delay. An upper bound; the inbox must
/// remember a consumed message for longer (see <c>InboxWindowValidation</c>).
/// </summary>
public static class RedeliveryHorizon
{
    public static TimeSpan Of(MessagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var intervals = options.GetRedeliveryIntervals();
        var retriesPerDelivery = options.RetryMaxInterval * options.RetryLimit;
        return intervals.Aggregate(retriesPerDelivery * (intervals.Count + 1), (horizon, interval) => horizon + interval);
    }
}

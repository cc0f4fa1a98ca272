namespace Statistico.Betfair.Streaming;

/// <summary>The <c>op</c> values of the Exchange Stream API.</summary>
public static class StreamOps
{
    public const string Connection = "connection";
    public const string Authentication = "authentication";
    public const string Heartbeat = "heartbeat";
    public const string MarketSubscription = "marketSubscription";
    public const string OrderSubscription = "orderSubscription";
    public const string Status = "status";
    public const string MarketChangeMessage = "mcm";
    public const string OrderChangeMessage = "ocm";
}

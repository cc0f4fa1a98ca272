using System.Diagnostics.Metrics;

namespace Statistico.Messaging.Outbox;

/// <summary>The outbox and inbox counters, on the <c>Statistico.Messaging</c> meter (exported by ServiceDefaults).</summary>
public static class OutboxMetrics
{
    public const string MeterName = "Statistico.Messaging";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> DeliveredCounter = Meter.CreateCounter<long>("statistico.outbox.delivered", "{message}", "Outbox messages the broker confirmed");
    private static readonly Counter<long> ParkedCounter = Meter.CreateCounter<long>("statistico.outbox.parked", "{message}", "Outbox messages parked after their last delivery attempt");
    private static readonly Counter<long> DuplicateCounter = Meter.CreateCounter<long>("statistico.inbox.duplicates", "{message}", "Messages acknowledged without running the consumer: already consumed");

    internal static void Delivered(int count)
    {
        if (count > 0)
        {
            DeliveredCounter.Add(count);
        }
    }

    internal static void Parked(int count) => ParkedCounter.Add(count);

    internal static void DuplicateSkipped(string consumerType) => DuplicateCounter.Add(1, new KeyValuePair<string, object?>("consumer", consumerType));
}

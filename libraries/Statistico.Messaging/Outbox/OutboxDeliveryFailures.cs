using System.Net.Sockets;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Statistico.Messaging.Outbox;

/// <summary>
/// Decides which failed sends count against a row, and records them. A failure counts when the broker took other
/// messages of the same batch (so the row, not the broker, is the problem) or when it is not a connection or timeout
/// failure (a row that cannot be read, a destination the broker refuses). While the broker itself is in trouble nothing
/// counts, so an outage never parks healthy rows. A counted failure backs the row off exponentially; after
/// <see cref="OutboxOptions.MaxDeliveryAttempts"/> the row is parked: kept with its reason, never sent, shown by health.
/// </summary>
internal sealed class OutboxDeliveryFailures(OutboxOptions options, DateTime now, bool brokerTookOthers)
{
    private const int MaxErrorLength = 2000;

    public bool Counts(Exception failure) => brokerTookOthers || !LooksLikeBrokerTrouble(failure);

    /// <summary>Counts one failure against the row; true when this parked it.</summary>
    public async Task<bool> RecordAsync(DbContext db, OutboxMessage message, Exception failure, CancellationToken cancellationToken)
    {
        var attempts = message.DeliveryAttempts + 1;
        var park = attempts >= options.MaxDeliveryAttempts;
        var backOff = TimeSpan.FromTicks(Math.Min(options.RetryBackoffLimit.Ticks, options.RetryBackoff.Ticks * (1L << Math.Min(attempts - 1, 20))));
        var error = $"{failure.GetType().Name}: {failure.Message}";
        error = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        DateTime? parked = park ? now : null;
        DateTime? next = park ? null : now + backOff;
        await db.Set<OutboxMessage>()
            .Where(m => m.SequenceNumber == message.SequenceNumber)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(m => m.DeliveryAttempts, attempts)
                    .SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.NextAttempt, next)
                    .SetProperty(m => m.Parked, parked),
                cancellationToken);
        return park;
    }

    private static bool LooksLikeBrokerTrouble(Exception failure) => failure switch
    {
        OperationCanceledException or TimeoutException or IOException or SocketException => true,
        ConnectionException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(LooksLikeBrokerTrouble),
        _ => failure.GetType().Namespace?.StartsWith("RabbitMQ.Client", StringComparison.Ordinal) == true
             || (failure.InnerException is { } inner && LooksLikeBrokerTrouble(inner)),
    };
}

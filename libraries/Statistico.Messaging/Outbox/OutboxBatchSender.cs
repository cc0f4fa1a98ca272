using MassTransit;
using MassTransit.Middleware;
using MassTransit.Serialization;

namespace Statistico.Messaging.Outbox;

/// <summary>
/// Sends a claimed batch in windows of <see cref="OutboxOptions.SendWindow"/>: a window's sends are in flight together
/// and their publisher confirms awaited together (awaiting each confirm before the next send cost a round trip per
/// message). Every row of a window is tried even when another fails, so one bad row never holds back its neighbours.
/// Sends of one window may reach the broker out of order; no Statistico consumer relies on order (ADR 22). A hold taken
/// during the pass stops it after the window in flight; rows not tried stay for the next pass.
/// </summary>
internal sealed class OutboxBatchSender(IBus bus, OutboxRelayHold hold, OutboxOptions options)
{
    public async Task<List<OutboxSendAttempt>> SendAsync(List<OutboxMessage> batch, CancellationToken cancellationToken)
    {
        var attempts = new List<OutboxSendAttempt>(batch.Count);
        var window = Math.Max(1, options.SendWindow);
        for (var start = 0; start < batch.Count && !hold.IsHeld; start += window)
        {
            var slice = batch.GetRange(start, Math.Min(window, batch.Count - start));
            var failures = await Task.WhenAll(slice.Select(message => TrySendAsync(message, cancellationToken)));
            attempts.AddRange(slice.Select((message, i) => new OutboxSendAttempt(message, failures[i])));
        }

        return attempts;
    }

    /// <summary>Sends one message; the failure, or null once the broker confirmed it.</summary>
    private async Task<Exception?> TrySendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            message.Deserialize(SystemTextJsonMessageSerializer.Instance);
            var destination = message.DestinationAddress
                ?? throw new InvalidOperationException($"Outbox message {message.MessageId} has no destination address.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.MessageDeliveryTimeout);
            var endpoint = await bus.GetSendEndpoint(destination);
            await endpoint.Send(new SerializedMessageBody(), new OutboxMessageSendPipe(message, destination), timeout.Token);
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return exception;
        }
    }
}

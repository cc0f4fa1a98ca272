using MassTransit;
using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;
using MassTransit.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Statistico.Messaging.Persistence;

namespace Statistico.Messaging.Outbox;

/// <summary>
/// Delivers messages stored by the bus outbox (<see cref="OutboxState"/> batches) after their transaction commits,
/// retrying until the broker confirms each one (sends pipelined, see <see cref="SendPipelinedAsync"/>). Batches are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so every
/// replica can run a relay; a message is removed only after the broker confirmed it (consumers' inboxes absorb the
/// rare duplicate when a confirmation and a crash cross).
/// </summary>
public sealed partial class OutboxRelay<TDbContext>(
    IBusControl bus,
    IServiceScopeFactory scopes,
    IBusOutboxNotification notification,
    OutboxRelayHold hold,
    IOptions<OutboxOptions> options,
    ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    private static string? nextBatchStatement;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RelayEnabled)
        {
            return;
        }

        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await hold.WaitWhileHeldAsync(stoppingToken);
                await bus.WaitForHealthStatus(BusHealthStatus.Healthy, stoppingToken);
                var delivered = await DeliverBatchAsync(stoppingToken);
                failures = 0;
                if (delivered < 0)
                {
                    await notification.WaitForDelivery(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                failures++;
                var delay = TimeSpan.FromMilliseconds(Math.Min(30_000, 250 * Math.Pow(2, Math.Min(failures, 7))));
                LogDeliveryFailed(exception, delay);
                await Task.Delay(delay, stoppingToken);
            }
        }
    }

    /// <summary>
    /// Delivers the messages of up to <see cref="OutboxOptions.MessageDeliveryLimit"/> committed batches; returns the
    /// number of messages sent, or -1 when nothing waits. Sends are pipelined (see <see cref="SendPipelinedAsync"/>).
    /// </summary>
    internal async Task<int> DeliverBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        nextBatchStatement ??=
            $"SELECT *, xmin FROM {SqlNames.Table<OutboxState>(db)} ORDER BY {SqlNames.Column<OutboxState>(db, nameof(OutboxState.Created))} LIMIT {{0}} FOR UPDATE SKIP LOCKED";

        await using var transaction = await db.Database.BeginTransactionAsync(options.Value.IsolationLevel, cancellationToken);
        var states = await db.Set<OutboxState>().FromSqlRaw(nextBatchStatement, options.Value.MessageDeliveryLimit).AsTracking()
            .ToListAsync(cancellationToken);
        if (states.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return -1;
        }

        var ids = states.Select(s => (Guid?)s.OutboxId).ToList();
        // Read-only copies: what was sent is deleted set-wise below, not entity by entity (a backfill's batch holds
        // hundreds of messages, and one DELETE per message cost more than sending them).
        var messages = await db.Set<OutboxMessage>().AsNoTracking().Where(m => ids.Contains(m.OutboxId)).OrderBy(m => m.SequenceNumber)
            .ToListAsync(cancellationToken);
        var (sent, failure) = await SendPipelinedAsync(messages, cancellationToken);

        var sentNumbers = sent.Select(m => m.SequenceNumber).ToList();
        if (sentNumbers.Count > 0)
        {
            await db.Set<OutboxMessage>().Where(m => sentNumbers.Contains(m.SequenceNumber)).ExecuteDeleteAsync(cancellationToken);
        }

        var sentSet = sentNumbers.ToHashSet();
        var unfinished = messages.Where(m => !sentSet.Contains(m.SequenceNumber)).Select(m => m.OutboxId).ToHashSet();
        foreach (var state in states)
        {
            if (!unfinished.Contains(state.OutboxId))
            {
                db.Remove(state);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (failure is not null)
        {
            throw new InvalidOperationException($"The relay delivered {sent.Count} message(s); the broker refused the rest for now.", failure);
        }

        return sent.Count;
    }

    /// <summary>
    /// Sends the messages in windows of <see cref="OutboxOptions.SendWindow"/>, each window's sends in flight together
    /// and awaited together, stopping after the first window with a send the broker did not confirm (or when an <see cref="OutboxRelayHold"/> is taken). Awaiting every
    /// confirm before the next send cost a round trip and a thread-pool wake-up per message (under 500 messages/s, and
    /// its CPU slowed the import it was delivering for). Sends within a window may reach the broker out of order; no
    /// Statistico consumer relies on order (events carry revisions and consumers run concurrently anyway, ADR 6).
    /// </summary>
    private async Task<(List<OutboxMessage> Sent, Exception? Failure)> SendPipelinedAsync(List<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var sent = new List<OutboxMessage>(messages.Count);
        var window = Math.Max(1, options.Value.SendWindow);
        // A hold taken during the pass stops it after the window in flight; what was sent is removed as usual.
        for (var start = 0; start < messages.Count && !hold.IsHeld; start += window)
        {
            var slice = messages.Skip(start).Take(window).ToList();
            var failures = await Task.WhenAll(slice.Select(message => TrySendAsync(message, cancellationToken)));
            Exception? failure = null;
            for (var i = 0; i < slice.Count; i++)
            {
                if (failures[i] is null)
                {
                    sent.Add(slice[i]);
                }
                else
                {
                    failure ??= failures[i];
                }
            }

            if (failure is not null)
            {
                return (sent, failure);
            }
        }

        return (sent, null);
    }

    /// <summary>Sends one message; the failure, or null once the broker confirmed it.</summary>
    private async Task<Exception?> TrySendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(message, cancellationToken);
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return exception;
        }
    }

    private async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        message.Deserialize(SystemTextJsonMessageSerializer.Instance);
        var destination = message.DestinationAddress
            ?? throw new InvalidOperationException($"Outbox message {message.MessageId} has no destination address.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.MessageDeliveryTimeout);
        var endpoint = await bus.GetSendEndpoint(destination);
        await endpoint.Send(new SerializedMessageBody(), new OutboxMessageSendPipe(message, destination), timeout.Token);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox delivery failed; retrying in {Delay}")]
    private partial void LogDeliveryFailed(Exception exception, TimeSpan delay);
}

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
/// retrying until the broker confirms each one. Batches are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so every
/// replica can run a relay; a message is removed only after the broker confirmed it (consumers' inboxes absorb the
/// rare duplicate when a confirmation and a crash cross).
/// </summary>
public sealed partial class OutboxRelay<TDbContext>(
    IBusControl bus,
    IServiceScopeFactory scopes,
    IBusOutboxNotification notification,
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
    /// Delivers up to <see cref="OutboxOptions.MessageDeliveryLimit"/> committed batches at once; returns the number of
    /// messages sent, or -1 when nothing waits. Batches go out in parallel, each batch's messages in order.
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
        var outcomes = await Task.WhenAll(messages.GroupBy(m => m.OutboxId!.Value).Select(batch => SendInOrderAsync(batch, cancellationToken)));

        var sent = outcomes.SelectMany(o => o.Sent).ToList();
        var lastSent = sent.GroupBy(m => m.OutboxId!.Value).ToDictionary(g => g.Key, g => g.Max(m => m.SequenceNumber));
        foreach (var (outboxId, last) in lastSent)
        {
            // Messages of a batch go out in sequence order and sending stops at the first failure, so "sent" is
            // exactly the batch's messages up to the last one sent.
            await db.Set<OutboxMessage>().Where(m => m.OutboxId == outboxId && m.SequenceNumber <= last).ExecuteDeleteAsync(cancellationToken);
        }

        var unfinished = messages.Where(m => !lastSent.TryGetValue(m.OutboxId!.Value, out var last) || m.SequenceNumber > last)
            .Select(m => m.OutboxId).ToHashSet();
        foreach (var state in states)
        {
            if (unfinished.Contains(state.OutboxId))
            {
                state.LastSequenceNumber = lastSent.TryGetValue(state.OutboxId, out var last) ? last : state.LastSequenceNumber;
            }
            else
            {
                db.Remove(state);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (outcomes.Select(o => o.Failure).FirstOrDefault(f => f is not null) is { } failure)
        {
            throw new InvalidOperationException($"The relay delivered {sent.Count} message(s); the broker refused the rest for now.", failure);
        }

        return sent.Count;
    }

    /// <summary>Sends one batch's messages in order, stopping at the first the broker does not confirm.</summary>
    private async Task<(List<OutboxMessage> Sent, Exception? Failure)> SendInOrderAsync(IEnumerable<OutboxMessage> batch, CancellationToken cancellationToken)
    {
        var sent = new List<OutboxMessage>();
        foreach (var message in batch)
        {
            try
            {
                await SendAsync(message, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return (sent, exception);
            }

            sent.Add(message);
        }

        return (sent, null);
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

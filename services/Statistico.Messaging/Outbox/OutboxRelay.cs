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
/// retrying until the broker confirms each one. Batches are taken with <c>FOR UPDATE SKIP LOCKED</c>, so every replica
/// can run a relay; a message is removed only after the broker confirmed it (consumers' inboxes absorb the rare
/// duplicate when a confirmation and a crash cross).
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

    /// <summary>Delivers one batch; returns the number of messages sent, or -1 when nothing waits.</summary>
    internal async Task<int> DeliverBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        nextBatchStatement ??=
            $"SELECT *, xmin FROM {SqlNames.Table<OutboxState>(db)} ORDER BY {SqlNames.Column<OutboxState>(db, nameof(OutboxState.Created))} LIMIT 1 FOR UPDATE SKIP LOCKED";

        await using var transaction = await db.Database.BeginTransactionAsync(options.Value.IsolationLevel, cancellationToken);
        var state = (await db.Set<OutboxState>().FromSqlRaw(nextBatchStatement).AsTracking().ToListAsync(cancellationToken)).SingleOrDefault();
        if (state is null)
        {
            await transaction.CommitAsync(cancellationToken);
            return -1;
        }

        var limit = options.Value.MessageDeliveryLimit;
        var last = state.LastSequenceNumber ?? 0;
        var messages = await db.Set<OutboxMessage>()
            .Where(m => m.OutboxId == state.OutboxId && m.SequenceNumber > last)
            .OrderBy(m => m.SequenceNumber)
            .Take(limit + 1)
            .ToListAsync(cancellationToken);

        var sent = 0;
        Exception? failure = null;
        foreach (var message in messages.Take(limit))
        {
            try
            {
                await SendAsync(message, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failure = exception; // keep what was confirmed, retry the rest later
                break;
            }

            db.Remove(message);
            state.LastSequenceNumber = message.SequenceNumber;
            sent++;
        }

        if (failure is null && messages.Count <= limit)
        {
            db.Remove(state);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (failure is not null)
        {
            throw new InvalidOperationException($"Outbox {state.OutboxId}: delivered {sent} message(s), then the broker refused one.", failure);
        }

        return sent;
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

using MassTransit;
using MassTransit.Middleware.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Statistico.Messaging.Outbox;

/// <summary>
/// Delivers every committed <see cref="OutboxMessage"/> row, whoever stored it (a consumer's transaction or an API
/// request's), in batches: rows are claimed with <c>FOR UPDATE SKIP LOCKED</c> (so relays of several replicas, or
/// several workers of one, never take the same row), sent with publisher confirms, and the confirmed ones deleted in one
/// statement before the batch's transaction commits. A crash after a confirm and before the commit sends that row again
/// later; the consumers' inboxes drop the copy. A row that keeps failing while the broker takes other messages is
/// parked (<see cref="OutboxDeliveryFailures"/>) and the rest flows on.
/// </summary>
public sealed partial class OutboxRelay<TDbContext>(
    IBusControl bus,
    IServiceScopeFactory scopes,
    IBusOutboxNotification notification,
    OutboxRelayHold hold,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.RelayEnabled
            ? Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.RelayWorkers)).Select(_ => RunWorkerAsync(stoppingToken)))
            : Task.CompletedTask;

    /// <summary>Delivers one batch; what happened to it.</summary>
    internal async Task<OutboxBatchResult> DeliverBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var settings = options.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(settings.IsolationLevel, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var batch = await OutboxRows.ClaimAsync(db, now, settings.MessageDeliveryLimit, cancellationToken);
        if (batch.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return OutboxBatchResult.Empty;
        }

        var sender = new OutboxBatchSender(bus, hold, settings);
        var attempts = await sender.SendAsync(batch, cancellationToken);
        var sent = attempts.Where(a => a.Failure is null).Select(a => a.Message.SequenceNumber).ToArray();
        await OutboxRows.DeleteAsync(db, sent, cancellationToken);

        var failures = new OutboxDeliveryFailures(settings, now, brokerTookOthers: sent.Length > 0);
        var parked = 0;
        var counted = 0;
        foreach (var failed in attempts.Where(a => a.Failure is not null))
        {
            if (failures.Counts(failed.Failure!))
            {
                counted++;
                parked += await failures.RecordAsync(db, failed.Message, failed.Failure!, cancellationToken) ? 1 : 0;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        OutboxMetrics.Delivered(sent.Length);
        if (parked > 0)
        {
            OutboxMetrics.Parked(parked);
            LogParked(parked, attempts.First(a => a.Failure is not null).Failure!);
        }

        var uncounted = attempts.Count(a => a.Failure is not null) - counted;
        return new OutboxBatchResult(batch.Count, sent.Length, uncounted > 0 ? attempts.First(a => a.Failure is not null).Failure : null);
    }

    private async Task RunWorkerAsync(CancellationToken stoppingToken)
    {
        var troubles = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await hold.WaitWhileHeldAsync(stoppingToken);
                await bus.WaitForHealthStatus(BusHealthStatus.Healthy, stoppingToken);
                var result = await DeliverBatchAsync(stoppingToken);
                if (result.BrokerTrouble is { } trouble)
                {
                    // Nothing in the batch went through and the failures look like the broker's, not the rows': wait
                    // without holding any row against its attempt budget.
                    throw trouble;
                }

                troubles = 0;
                if (result.Claimed < options.Value.MessageDeliveryLimit)
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
                troubles++;
                var delay = TimeSpan.FromMilliseconds(Math.Min(30_000, 250 * Math.Pow(2, Math.Min(troubles, 7))));
                LogDeliveryFailed(exception, delay);
                await Task.Delay(delay, clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox delivery failed; retrying in {Delay}")]
    private partial void LogDeliveryFailed(Exception exception, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Parked {Count} outbox message(s) after their last delivery attempt; the rest flows on")]
    private partial void LogParked(int count, Exception exception);
}

using MassTransit;
using MassTransit.DependencyInjection;
using MassTransit.Middleware.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Statistico.Messaging.Outbox;

/// <summary>
/// One consumed message, one Postgres transaction: the inbox claim, whatever the consumer or saga changes and the
/// messages it sends commit together or not at all. The relay (<see cref="OutboxRelay{TDbContext}"/>) delivers the
/// stored messages after the commit, in batches. A copy of a message that was already consumed finds its inbox row and
/// is acknowledged without running the consumer; a copy that arrives while the first is still in flight waits on the
/// row's unique key and then does the same. A failure rolls everything back, so a retry starts from nothing. Work the
/// consumer queued on <see cref="AfterCommit"/> runs only after the commit. For a saga stored by the Postgres repository
/// (<paramref name="sagaRepositoryClaims"/>) the claim is handed to the repository (<see cref="DeferredInboxClaim"/>),
/// which sends it with the saga row's read and runs nothing of the saga for a message consumed already (ADR 48).
/// </summary>
internal sealed partial class TransactionalConsumeFilter<TDbContext, TMessage>(
    IConsumeScopeProvider scopes, Guid consumerId, string consumerType, bool sagaRepositoryClaims) :
    IFilter<ConsumeContext<TMessage>>
    where TDbContext : DbContext
    where TMessage : class
{
    public void Probe(ProbeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.CreateFilterScope("statistico-transactional-inbox").Add("consumerType", consumerType);
    }

    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        // The original id survives MassTransit's redelivery options that replace the message id.
        var messageId = context.GetOriginalMessageId()
            ?? throw new MessageException(typeof(TMessage), "The inbox needs a MessageId to recognise redeliveries.");

        await using var scope = await scopes.GetScope(context);
        var db = scope.GetService<TDbContext>() ?? throw new ConsumerException($"{typeof(TDbContext).Name} is not registered.");
        var options = scope.GetService<IOptions<OutboxOptions>>()?.Value ?? new OutboxOptions();
        db.ChangeTracker.Clear();
        // The transaction is all or nothing: EF's savepoint around each SaveChanges would only add round trips.
        db.Database.AutoSavepointsEnabled = false;

        await using var transaction = await db.Database.BeginTransactionAsync(options.IsolationLevel, context.CancellationToken);
        var deferred = sagaRepositoryClaims ? scope.GetService<DeferredInboxClaim>() : null;
        if (deferred is not null)
        {
            deferred.Defer(messageId, consumerId);
        }
        else if (!await InboxClaim.TryClaimAsync(db, messageId, consumerId, context.CancellationToken))
        {
            await SkipDuplicateAsync(transaction, Logger(scope), messageId, context.CancellationToken);
            return;
        }

        var outbox = new TransactionalConsumeContext<TDbContext, TMessage>(scope.Context, db, messageId, consumerId, scope.GetService<IServiceProvider>()!);
        // What the consumer wants done after its commit (a refresh that reads its rows) waits for this transaction.
        var afterCommit = scope.GetService<AfterCommit>();
        afterCommit?.Begin();
        try
        {
            using (scope.PushConsumeContext(outbox))
            {
                await next.Send(outbox);
                await outbox.ConsumeCompleted;
            }

            if (deferred is { IsDuplicate: true })
            {
                // The repository's claim found the message consumed already, and the saga ran nothing.
                afterCommit?.RolledBack();
                await SkipDuplicateAsync(transaction, Logger(scope), messageId, context.CancellationToken);
                return;
            }

            if (deferred is { IsPending: true })
            {
                // Nothing claimed it (the message never reached the repository): claim now, and if it was consumed
                // already, undo whatever ran, in this transaction, before anything of it is committed.
                var claimed = await InboxClaim.TryClaimAsync(db, messageId, consumerId, context.CancellationToken);
                deferred.Resolve(claimed);
                if (!claimed)
                {
                    afterCommit?.RolledBack();
                    await transaction.RollbackAsync(context.CancellationToken);
                    await CountDuplicateReceiptAsync(db, messageId, options, Logger(scope), context.CancellationToken);
                    return;
                }
            }

            await db.SaveChangesAsync(context.CancellationToken);
            await transaction.CommitAsync(context.CancellationToken);
        }
        catch
        {
            afterCommit?.RolledBack();
            throw;
        }

        if (outbox.MessagesAdded > 0)
        {
            scope.GetService<IBusOutboxNotification>()?.Delivered();
        }

        afterCommit?.Committed();
    }

    /// <summary>A copy of a consumed message: its receipt is counted on the inbox row (committed) and nothing else happens.</summary>
    private async Task SkipDuplicateAsync(IDbContextTransaction transaction, ILogger? logger, Guid messageId, CancellationToken cancellationToken)
    {
        await transaction.CommitAsync(cancellationToken);
        OutboxMetrics.DuplicateSkipped(consumerType);
        LogDuplicate(logger, messageId, consumerType);
    }

    /// <summary>
    /// A copy whose work was rolled back after the pipe: its receipt is counted on the inbox row in a transaction of
    /// its own, as every other copy's is. Should the row be gone (a claim that now succeeds), nothing is committed and
    /// the message is retried, to run as the first copy it then is.
    /// </summary>
    private async Task CountDuplicateReceiptAsync(TDbContext db, Guid messageId, OutboxOptions options, ILogger? logger, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var receipt = await db.Database.BeginTransactionAsync(options.IsolationLevel, cancellationToken);
        if (await InboxClaim.TryClaimAsync(db, messageId, consumerId, cancellationToken))
        {
            throw new InvalidOperationException($"The inbox row of message {messageId} vanished while a copy of it was being dropped; retrying it.");
        }

        await SkipDuplicateAsync(receipt, logger, messageId, cancellationToken);
    }

    private static ILogger? Logger(IConsumeScopeContext<TMessage> scope) => scope.GetService<ILogger<TransactionalConsumeFilter<TDbContext, TMessage>>>();

    private static void LogDuplicate(ILogger? logger, Guid messageId, string consumer)
    {
        if (logger is not null)
        {
            LogDuplicateMessage(logger, messageId, consumer);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Message {MessageId} was already consumed by {Consumer}; acknowledged without running it again")]
    private static partial void LogDuplicateMessage(ILogger logger, Guid messageId, string consumer);
}

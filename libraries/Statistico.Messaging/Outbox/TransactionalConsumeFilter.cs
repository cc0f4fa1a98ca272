using MassTransit;
using MassTransit.DependencyInjection;
using MassTransit.Middleware.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Statistico.Messaging.Outbox;

/// <summary>
/// One consumed message, one Postgres transaction: the inbox claim, whatever the consumer or saga changes and the
/// messages it sends commit together or not at all. The relay (<see cref="OutboxRelay{TDbContext}"/>) delivers the
/// stored messages after the commit, in batches. A copy of a message that was already consumed finds its inbox row and
/// is acknowledged without running the consumer; a copy that arrives while the first is still in flight waits on the
/// row's unique key and then does the same. A failure rolls everything back, so a retry starts from nothing. Work the
/// consumer queued on <see cref="AfterCommit"/> runs only after the commit.
/// </summary>
internal sealed partial class TransactionalConsumeFilter<TDbContext, TMessage>(IConsumeScopeProvider scopes, Guid consumerId, string consumerType) :
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
        var claimed = await InboxClaim.TryClaimAsync(db, messageId, consumerId, context.CancellationToken);
        if (!claimed)
        {
            await transaction.CommitAsync(context.CancellationToken);
            OutboxMetrics.DuplicateSkipped(consumerType);
            LogDuplicate(scope.GetService<ILogger<TransactionalConsumeFilter<TDbContext, TMessage>>>(), messageId, consumerType);
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

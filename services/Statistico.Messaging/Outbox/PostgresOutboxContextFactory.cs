using MassTransit;
using MassTransit.Middleware;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Statistico.Messaging.Persistence;

namespace Statistico.Messaging.Outbox;

/// <summary>
/// The consume side of the transactional outbox and the inbox, on Postgres. MassTransit's outbox filter drives it
/// in rounds, each one transaction: (1) run the consumer, store what it sends, mark the inbox row consumed;
/// (2) deliver the stored messages to the broker and mark them delivered; (3) remove them. A crash between rounds
/// leaves the incoming message unacknowledged, so the broker redelivers it and the next round picks up where the
/// last commit left off: nothing is lost, and the consumer never runs twice for one message id.
/// </summary>
public sealed class PostgresOutboxContextFactory<TDbContext>(
    TDbContext db,
    IServiceProvider provider,
    IOptions<OutboxOptions> outboxOptions) : IOutboxContextFactory<TDbContext>
    where TDbContext : DbContext
{
    private static string? claimStatement;

    public async Task Send<T>(ConsumeContext<T> context, OutboxConsumeOptions options, IPipe<OutboxConsumeContext<T>> next)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var messageId = context.GetOriginalMessageId()
            ?? throw new MessageException(typeof(T), "The inbox needs a MessageId to recognise redeliveries.");
        claimStatement ??= ClaimStatement();

        var continueProcessing = true;
        while (continueProcessing)
        {
            continueProcessing = await RoundAsync(context, options, next, messageId);
        }
    }

    private string ClaimStatement()
    {
        string Column(string property) => SqlNames.Column<InboxState>(db, property);
        var receiveCount = Column(nameof(InboxState.ReceiveCount));
        var lockId = Column(nameof(InboxState.LockId));
        return $"INSERT INTO {SqlNames.Table<InboxState>(db)} AS inbox ({Column(nameof(InboxState.MessageId))}, {Column(nameof(InboxState.ConsumerId))}, {lockId}, {Column(nameof(InboxState.Received))}, {receiveCount}) " +
            "VALUES ({0}, {1}, {2}, {3}, 1) " +
            $"ON CONFLICT ({Column(nameof(InboxState.MessageId))}, {Column(nameof(InboxState.ConsumerId))}) DO UPDATE SET {receiveCount} = inbox.{receiveCount} + 1, {lockId} = EXCLUDED.{lockId} " +
            "RETURNING *, xmin";
    }

    public void Probe(ProbeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.CreateFilterScope("outboxContextFactory").Add("provider", "statistico-postgres");
    }

    private async Task<bool> RoundAsync<T>(ConsumeContext<T> context, OutboxConsumeOptions consumeOptions, IPipe<OutboxConsumeContext<T>> next, Guid messageId)
        where T : class
    {
        db.ChangeTracker.Clear();
        // The round commits or rolls back as a whole: EF's automatic savepoint around every SaveChanges inside a
        // transaction would only add two round trips each time.
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(outboxOptions.Value.IsolationLevel, context.CancellationToken);
        try
        {
            // One statement inserts the inbox row or, when it exists, locks it (a concurrent copy of the message waits
            // here until this transaction ends) and counts the round.
            var inbox = (await db.Set<InboxState>()
                .FromSqlRaw(claimStatement!, messageId, consumeOptions.ConsumerId, Guid.NewGuid(), DateTime.UtcNow)
                .AsTracking()
                .ToListAsync(context.CancellationToken)).Single();

            var outboxContext = new DbContextOutboxConsumeContext<TDbContext, T>(context, consumeOptions, provider, db, inbox);
            await next.Send(outboxContext);
            await db.SaveChangesAsync(context.CancellationToken);
            await transaction.CommitAsync(context.CancellationToken);
            return outboxContext.ContinueProcessing;
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw;
        }
    }
}

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
    private static string? lockStatement;
    private static string? insertStatement;

    public async Task Send<T>(ConsumeContext<T> context, OutboxConsumeOptions options, IPipe<OutboxConsumeContext<T>> next)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var messageId = context.GetOriginalMessageId()
            ?? throw new MessageException(typeof(T), "The inbox needs a MessageId to recognise redeliveries.");
        lockStatement ??= $"SELECT *, xmin FROM {SqlNames.Table<InboxState>(db)} WHERE {SqlNames.Column<InboxState>(db, nameof(InboxState.MessageId))} = {{0}} AND {SqlNames.Column<InboxState>(db, nameof(InboxState.ConsumerId))} = {{1}} FOR UPDATE";
        insertStatement ??= $"INSERT INTO {SqlNames.Table<InboxState>(db)} ({SqlNames.Column<InboxState>(db, nameof(InboxState.MessageId))}, {SqlNames.Column<InboxState>(db, nameof(InboxState.ConsumerId))}, {SqlNames.Column<InboxState>(db, nameof(InboxState.LockId))}, {SqlNames.Column<InboxState>(db, nameof(InboxState.Received))}, {SqlNames.Column<InboxState>(db, nameof(InboxState.ReceiveCount))}) VALUES ({{0}}, {{1}}, {{2}}, {{3}}, 0) ON CONFLICT DO NOTHING";

        var continueProcessing = true;
        while (continueProcessing)
        {
            continueProcessing = await RoundAsync(context, options, next, messageId);
        }
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
        await using var transaction = await db.Database.BeginTransactionAsync(outboxOptions.Value.IsolationLevel, context.CancellationToken);
        try
        {
            // Insert-if-missing then lock: a concurrent duplicate waits on the row instead of racing the insert.
            await db.Database.ExecuteSqlRawAsync(insertStatement!, [messageId, consumeOptions.ConsumerId, Guid.NewGuid(), DateTime.UtcNow], context.CancellationToken);
            var inbox = (await db.Set<InboxState>().FromSqlRaw(lockStatement!, messageId, consumeOptions.ConsumerId).AsTracking()
                .ToListAsync(context.CancellationToken)).Single();
            inbox.LockId = Guid.NewGuid();
            inbox.ReceiveCount++;
            await db.SaveChangesAsync(context.CancellationToken);

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

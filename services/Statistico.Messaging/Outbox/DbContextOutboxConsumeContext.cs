using MassTransit;
using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Statistico.Messaging.Outbox;

/// <summary>
/// What a consumer sees while the outbox is on: its sends and publishes become <see cref="OutboxMessage"/> rows of
/// the current transaction, and the inbox row records how far processing got.
/// </summary>
public sealed class DbContextOutboxConsumeContext<TDbContext, TMessage>(
    ConsumeContext<TMessage> context,
    OutboxConsumeOptions options,
    IServiceProvider provider,
    TDbContext db,
    InboxState inbox) : OutboxConsumeContextProxy<TMessage>(context, options, provider)
    where TDbContext : DbContext
    where TMessage : class
{
    public override Guid? MessageId => inbox.MessageId;

    public override bool ContinueProcessing { get; set; } = true;

    public override bool IsMessageConsumed => inbox.Consumed.HasValue;

    public override bool IsOutboxDelivered => inbox.Delivered.HasValue;

    public override int ReceiveCount => inbox.ReceiveCount;

    public override long? LastSequenceNumber => inbox.LastSequenceNumber;

    public override async Task SetConsumed()
    {
        inbox.Consumed = DateTime.UtcNow;
        await db.SaveChangesAsync(CancellationToken);
    }

    public override async Task SetDelivered()
    {
        inbox.Delivered = DateTime.UtcNow;
        await db.SaveChangesAsync(CancellationToken);
    }

    public override async Task<List<OutboxMessageContext>> LoadOutboxMessages()
    {
        var last = inbox.LastSequenceNumber ?? 0;
        var messages = await db.Set<OutboxMessage>()
            .Where(m => m.InboxMessageId == inbox.MessageId && m.InboxConsumerId == inbox.ConsumerId && m.SequenceNumber > last)
            .OrderBy(m => m.SequenceNumber)
            .Take(Options.MessageDeliveryLimit + 1)
            .AsNoTracking()
            .ToListAsync(CancellationToken);
        foreach (var message in messages)
        {
            message.Deserialize(SerializerContext);
        }

        return [.. messages.Cast<OutboxMessageContext>()];
    }

    public override Task NotifyOutboxMessageDelivered(OutboxMessageContext message)
    {
        ArgumentNullException.ThrowIfNull(message);
        inbox.LastSequenceNumber = message.SequenceNumber;
        return Task.CompletedTask;
    }

    public override Task RemoveOutboxMessages() =>
        db.Set<OutboxMessage>()
            .Where(m => m.InboxMessageId == inbox.MessageId && m.InboxConsumerId == inbox.ConsumerId)
            .ExecuteDeleteAsync(CancellationToken);

    public override Task AddSend<T>(SendContext<T> context) =>
        OutboxMessageWriter.AddAsync(db.Set<OutboxMessage>(), context, SerializerContext, inbox.MessageId, inbox.ConsumerId);
}

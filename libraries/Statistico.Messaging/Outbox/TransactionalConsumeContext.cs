using MassTransit;
using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Statistico.Messaging.Outbox;

/// <summary>
/// What a consumer sees inside <see cref="TransactionalConsumeFilter{TDbContext,TMessage}"/>: every send and publish
/// becomes an <see cref="OutboxMessage"/> row of the message's transaction. MassTransit's multi-round outbox members
/// (delivery from the consume pipe) are never used: the relay delivers.
/// </summary>
internal sealed class TransactionalConsumeContext<TDbContext, TMessage>(
    ConsumeContext<TMessage> context,
    TDbContext db,
    Guid inboxMessageId,
    Guid inboxConsumerId,
    IServiceProvider provider) : OutboxConsumeContextProxy<TMessage>(context, new OutboxConsumeOptions { ConsumerId = inboxConsumerId }, provider)
    where TDbContext : DbContext
    where TMessage : class
{
    private int messagesAdded;

    public int MessagesAdded => Volatile.Read(ref messagesAdded);

    public override bool ContinueProcessing { get; set; }

    public override bool IsMessageConsumed => false;

    public override bool IsOutboxDelivered => false;

    public override int ReceiveCount => 1;

    public override long? LastSequenceNumber => null;

    public override Task SetConsumed() => Task.CompletedTask;

    public override Task SetDelivered() => Task.CompletedTask;

    public override Task<List<OutboxMessageContext>> LoadOutboxMessages() => Task.FromResult(new List<OutboxMessageContext>());

    public override Task NotifyOutboxMessageDelivered(OutboxMessageContext message) => Task.CompletedTask;

    public override Task RemoveOutboxMessages() => Task.CompletedTask;

    public override Task AddSend<T>(SendContext<T> context)
    {
        Interlocked.Increment(ref messagesAdded);
        return OutboxMessageWriter.AddAsync(db.Set<OutboxMessage>(), context, SerializerContext, inboxMessageId, inboxConsumerId);
    }
}

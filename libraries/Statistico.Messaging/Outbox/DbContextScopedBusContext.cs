using MassTransit;
using MassTransit.DependencyInjection;
using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;
using MassTransit.Serialization;
using MassTransit.Transports;
using Microsoft.EntityFrameworkCore;

namespace Statistico.Messaging.Outbox;

/// <summary>
/// Publish and send outside a consumer (an API request, a scheduled job): each message becomes a row of the caller's
/// next <c>SaveChanges</c>, in the same transaction as its state change, and the relay delivers it after the commit.
/// Nothing is sent if the caller never saves, and a message the caller discards (<c>ChangeTracker.Clear</c>, a
/// detached entry) is discarded with the state change it belonged to: every row that commits is a row the relay
/// delivers, so nothing can be orphaned.
/// </summary>
public sealed class DbContextScopedBusContext<TDbContext>(
    IBus bus,
    TDbContext db,
    IBusOutboxNotification notification,
    ScopedBusContext inner,
    IServiceProvider provider) : ScopedBusContext, OutboxSendContext, IDisposable
    where TDbContext : DbContext
{
    // One id for the scope's messages: where they came from, for whoever reads the table.
    private readonly Guid outboxId = NewId.NextGuid();
    private int added;
    private ISendEndpointProvider? sendEndpointProvider;
    private IPublishEndpoint? publishEndpoint;

    public ISendEndpointProvider SendEndpointProvider => sendEndpointProvider ??= new OutboxSendEndpointProvider(this, bus);

    public IPublishEndpoint PublishEndpoint => publishEndpoint ??= new PublishEndpoint(new OutboxPublishEndpointProvider(this, bus));

    /// <summary>Requests expect a response now; they do not go through the outbox.</summary>
    public IScopedClientFactory ClientFactory => inner.ClientFactory;

    public Task AddSend<T>(SendContext<T> context)
        where T : class
    {
        Interlocked.Increment(ref added);
        return OutboxMessageWriter.AddAsync(db.Set<OutboxMessage>(), context, SystemTextJsonMessageSerializer.Instance, outboxId: outboxId);
    }

    public object? GetService(Type serviceType) => provider.GetService(serviceType);

    /// <summary>The scope ends after the caller's commit (or without one): wake the relay if there may be work.</summary>
    public void Dispose()
    {
        if (Volatile.Read(ref added) > 0)
        {
            notification.Delivered();
        }
    }
}

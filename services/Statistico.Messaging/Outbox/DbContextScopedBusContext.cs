using MassTransit;
using MassTransit.DependencyInjection;
using MassTransit.Middleware;
using MassTransit.Middleware.Outbox;
using MassTransit.Serialization;
using MassTransit.Transports;
using Microsoft.EntityFrameworkCore;

namespace Statistico.Messaging.Outbox;

/// <summary>
/// Publish and send outside a consumer (an API request, a scheduled job): messages become rows of the caller's
/// next <c>SaveChanges</c>, in the same transaction as its state change, and the relay delivers them after the
/// commit. Nothing is sent if the caller never saves.
/// </summary>
public sealed class DbContextScopedBusContext<TDbContext>(
    IBus bus,
    TDbContext db,
    IBusOutboxNotification notification,
    ScopedBusContext inner,
    IServiceProvider provider) : ScopedBusContext, OutboxSendContext, IDisposable
    where TDbContext : DbContext
{
    private readonly Lock gate = new();
    private Guid outboxId = Guid.NewGuid();
    private OutboxState? state;
    private ISendEndpointProvider? sendEndpointProvider;
    private IPublishEndpoint? publishEndpoint;

    public ISendEndpointProvider SendEndpointProvider => sendEndpointProvider ??= new OutboxSendEndpointProvider(this, bus);

    public IPublishEndpoint PublishEndpoint => publishEndpoint ??= new PublishEndpoint(new OutboxPublishEndpointProvider(this, bus));

    /// <summary>Requests expect a response now; they do not go through the outbox.</summary>
    public IScopedClientFactory ClientFactory => inner.ClientFactory;

    public Task AddSend<T>(SendContext<T> context)
        where T : class
    {
        lock (gate)
        {
            if (state is not null && WasCommitted())
            {
                // The caller saved the previous batch: wake the relay and start a new batch.
                notification.Delivered();
                outboxId = Guid.NewGuid();
                state = null;
            }

            if (state is null)
            {
                state = new OutboxState { OutboxId = outboxId, Created = DateTime.UtcNow };
                db.Add(state);
            }
        }

        return OutboxMessageWriter.AddAsync(db.Set<OutboxMessage>(), context, SystemTextJsonMessageSerializer.Instance, outboxId: outboxId);
    }

    public object? GetService(Type serviceType) => provider.GetService(serviceType);

    public void Dispose()
    {
        if (state is not null && WasCommitted())
        {
            notification.Delivered();
        }
    }

    private bool WasCommitted() => db.Entry(state!).State == EntityState.Unchanged;
}

using MassTransit;
using MassTransit.DependencyInjection;
using MassTransit.Middleware.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Statistico.Messaging.Outbox;

/// <summary>
/// Decides what <see cref="IPublishEndpoint"/> and <see cref="ISendEndpointProvider"/> mean in a DI scope: inside a
/// consumer they are the consume context (whose outbox filter stores the messages); anywhere else they are the
/// bus outbox of <typeparamref name="TDbContext"/>.
/// </summary>
public sealed class OutboxScopedBusContextProvider<TDbContext> : IScopedBusContextProvider<IBus>, IDisposable
    where TDbContext : DbContext
{
    public OutboxScopedBusContextProvider(
        IBus bus, TDbContext db, IBusOutboxNotification notification, ScopedBusContextProvider<IBus> defaults, IServiceProvider provider)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var inner = defaults.Context;
        Context = inner is ConsumeContextScopedBusContext or ConsumeContextScopedBusContext<IBus>
            ? inner
            : new DbContextScopedBusContext<TDbContext>(bus, db, notification, inner, provider);
    }

    public ScopedBusContext Context { get; }

    public void Dispose() => (Context as IDisposable)?.Dispose();
}

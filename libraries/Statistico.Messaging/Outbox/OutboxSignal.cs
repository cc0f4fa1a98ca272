using MassTransit.Middleware.Outbox;
using Microsoft.Extensions.Options;

namespace Statistico.Messaging.Outbox;

/// <summary>
/// Wakes the relay when something was committed to the outbox. Unlike MassTransit's notification, a signal given while
/// no worker waits is kept, so a commit that lands between a relay's empty batch and its wait is picked up at once,
/// not after <see cref="OutboxOptions.QueryDelay"/>; with several workers each signal wakes one.
/// </summary>
internal sealed class OutboxSignal(IOptions<OutboxOptions> options) : IBusOutboxNotification, IDisposable
{
    private readonly SemaphoreSlim pending = new(0, 1);

    public async Task WaitForDelivery(CancellationToken cancellationToken) =>
        await pending.WaitAsync(options.Value.QueryDelay, cancellationToken);

    public void Delivered()
    {
        try
        {
            pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // already signalled: one pending wake-up is enough
        }
    }

    public void Dispose() => pending.Dispose();
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Outbox;

/// <summary>
/// Fault injection for "the process dies between the database commit and the publish": once armed with the
/// consumer's DbContext, the commit of that context's transaction cuts the broker connection, so the state change is
/// durable and nothing can be sent. Other transactions (the relay's, the cleanup's) do not trigger it.
/// </summary>
public sealed class CutBrokerAfterCommit(TcpProxy proxy) : DbTransactionInterceptor
{
    private DbContext? armedFor;

    public void Arm(DbContext context) => Interlocked.Exchange(ref armedFor, context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } committed && Interlocked.CompareExchange(ref armedFor, null, committed) == committed)
        {
            proxy.Cut();
        }

        return Task.CompletedTask;
    }
}

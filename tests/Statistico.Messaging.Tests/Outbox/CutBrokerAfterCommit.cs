using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Outbox;

/// <summary>
/// Fault injection for "the process dies between the database commit and the publish": once armed, the next
/// committed transaction cuts the broker connection, so the state change is durable and nothing can be sent.
/// </summary>
public sealed class CutBrokerAfterCommit(TcpProxy proxy) : DbTransactionInterceptor
{
    private int armed;

    public void Arm() => Interlocked.Exchange(ref armed, 1);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref armed, 0) == 1)
        {
            proxy.Cut();
        }

        return Task.CompletedTask;
    }
}

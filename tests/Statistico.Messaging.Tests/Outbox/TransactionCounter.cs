using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Statistico.Messaging.Tests.Outbox;

/// <summary>Counts the transactions one host's DbContexts commit and roll back, and the statements they run.</summary>
public sealed class TransactionCounter : DbTransactionInterceptor
{
    private int committed;
    private int rolledBack;

    public int Committed => Volatile.Read(ref committed);

    public int RolledBack => Volatile.Read(ref rolledBack);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref committed);
        return Task.CompletedTask;
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref rolledBack);
        return Task.CompletedTask;
    }
}

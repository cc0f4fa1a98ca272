using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Statistico.Messaging.Tests.Outbox;

/// <summary>Counts the outbox rows one host's relay deleted after the broker confirmed them: which relay did the work.</summary>
public sealed class RelayDeleteCounter : DbCommandInterceptor
{
    private int deletes;

    public int Deletes => Volatile.Read(ref deletes);

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.CommandText.StartsWith("DELETE FROM \"outbox_message\"", StringComparison.Ordinal))
        {
            Interlocked.Add(ref deletes, result);
        }

        return ValueTask.FromResult(result);
    }
}

using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Statistico.Messaging.Tests.Sagas;

/// <summary>
/// Sees every failed <c>SaveChanges</c> of a host's DbContexts, before the repository decides what to do with it:
/// the evidence that a conflict or a key race actually happened, not only that the outcome looks right.
/// </summary>
public sealed class SaveFailures : SaveChangesInterceptor
{
    private readonly ConcurrentQueue<Exception> failures = new();
    private int conflicts;

    /// <summary>Optimistic-concurrency conflicts: an UPDATE or DELETE that found the row version changed.</summary>
    public int Conflicts => Volatile.Read(ref conflicts);

    /// <summary>Postgres errors by SQLSTATE (23505 unique violation, 23502 not-null violation, …).</summary>
    public int WithSqlState(string sqlState) =>
        failures.Count(f => f.InnerException is PostgresException postgres && postgres.SqlState == sqlState);

    public int Total => failures.Count;

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        failures.Enqueue(eventData.Exception);
    }

    // EF reports a row-version conflict here, not through SaveChangesFailed.
    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref conflicts);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Interlocked.Increment(ref conflicts);
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }
}

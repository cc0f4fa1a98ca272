using MassTransit;
using Microsoft.EntityFrameworkCore;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Persistence;

namespace Statistico.Messaging.Sagas;

/// <summary>Loads saga rows for update, with or without a row lock depending on the concurrency mode.</summary>
internal static class SagaRowLoader<TSaga>
    where TSaga : class, ISaga
{
    private static string? lockOne;
    private static string? claimAndRead;
    private static string? claimAndLock;

    /// <summary>
    /// Claims the message's inbox row and loads the saga in one statement (ADR 48): the claim runs first, as a
    /// data-modifying CTE, and gates the read, so a message consumed already reads (and locks) nothing. The claim waits
    /// on a copy in flight exactly as it does alone, then the row is read, or locked in pessimistic mode, as
    /// <see cref="LoadAsync"/> would. No row is ambiguous (consumed already, or no saga yet): only then is the inbox row
    /// asked which it was, which costs the first transition the round trip the later ones save.
    /// </summary>
    public static async Task<(bool Claimed, TSaga? Saga)> ClaimAndLoadAsync(
        DbContext db, DeferredInboxClaim claim, Guid correlationId, SagaConcurrencyMode mode, CancellationToken cancellationToken)
    {
        var statement = mode == SagaConcurrencyMode.Optimistic
            ? claimAndRead ??= ClaimAndLoadStatement(db, string.Empty)
            : claimAndLock ??= ClaimAndLoadStatement(db, " FOR UPDATE OF saga");
        var rows = await db.Set<TSaga>()
            .FromSqlRaw(statement, claim.MessageId, claim.ConsumerId, Guid.NewGuid(), DateTime.UtcNow, correlationId)
            .AsTracking()
            .ToListAsync(cancellationToken);
        return rows.Count > 0
            ? (true, rows.Single())
            : (await InboxClaim.WasInsertedAsync(db, claim.MessageId, claim.ConsumerId, cancellationToken), null);
    }

    public static async Task<TSaga?> LoadAsync(DbContext db, Guid correlationId, SagaConcurrencyMode mode, CancellationToken cancellationToken)
    {
        if (mode == SagaConcurrencyMode.Optimistic)
        {
            return await db.Set<TSaga>().AsTracking().SingleOrDefaultAsync(s => s.CorrelationId == correlationId, cancellationToken);
        }

        lockOne ??= $"SELECT *, xmin FROM {SqlNames.Table<TSaga>(db)} WHERE {SqlNames.Column<TSaga>(db, nameof(ISaga.CorrelationId))} = {{0}} FOR UPDATE";
        return (await db.Set<TSaga>().FromSqlRaw(lockOne, correlationId).AsTracking().ToListAsync(cancellationToken)).SingleOrDefault();
    }

    private static string ClaimAndLoadStatement(DbContext db, string locking) =>
        $"WITH claim AS ({InboxClaim.StatementFor(db, "{0}", "{1}", "{2}", "{3}")}) " +
        $"SELECT saga.*, saga.xmin FROM {SqlNames.Table<TSaga>(db)} AS saga " +
        $"WHERE saga.{SqlNames.Column<TSaga>(db, nameof(ISaga.CorrelationId))} = {{4}} AND (SELECT claimed FROM claim){locking}";

    public static async Task<List<TSaga>> LoadManyAsync(
        DbContext db, IEnumerable<Guid> correlationIds, SagaConcurrencyMode mode, CancellationToken cancellationToken)
    {
        // One at a time, in id order: two messages locking the same instances can never deadlock.
        var loaded = new List<TSaga>();
        foreach (var id in correlationIds.Order())
        {
            if (await LoadAsync(db, id, mode, cancellationToken) is { } saga)
            {
                loaded.Add(saga);
            }
        }

        return loaded;
    }
}

using MassTransit;
using Microsoft.EntityFrameworkCore;
using Statistico.Messaging.Persistence;

namespace Statistico.Messaging.Sagas;

/// <summary>Loads saga rows for update, with or without a row lock depending on the concurrency mode.</summary>
internal static class SagaRowLoader<TSaga>
    where TSaga : class, ISaga
{
    private static string? lockOne;

    public static async Task<TSaga?> LoadAsync(DbContext db, Guid correlationId, SagaConcurrencyMode mode, CancellationToken cancellationToken)
    {
        if (mode == SagaConcurrencyMode.Optimistic)
        {
            return await db.Set<TSaga>().AsTracking().SingleOrDefaultAsync(s => s.CorrelationId == correlationId, cancellationToken);
        }

        lockOne ??= $"SELECT *, xmin FROM {SqlNames.Table<TSaga>(db)} WHERE {SqlNames.Column<TSaga>(db, nameof(ISaga.CorrelationId))} = {{0}} FOR UPDATE";
        return (await db.Set<TSaga>().FromSqlRaw(lockOne, correlationId).AsTracking().ToListAsync(cancellationToken)).SingleOrDefault();
    }

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

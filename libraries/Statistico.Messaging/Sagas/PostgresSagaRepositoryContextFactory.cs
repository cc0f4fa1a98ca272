using MassTransit;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Statistico.Messaging.Outbox;

namespace Statistico.Messaging.Sagas;

/// <summary>
/// Runs each message against the saga table of <typeparamref name="TDbContext"/> in one transaction: the outbox's
/// when the endpoint has one (so state and outgoing messages commit together), else its own. Under the outbox it also
/// makes the message's inbox claim, before anything of the saga runs: with the saga row's read when the message is
/// correlated by id, alone before the query when it is correlated by a query (ADR 48).
/// </summary>
public sealed class PostgresSagaRepositoryContextFactory<TSaga, TDbContext>(
    TDbContext db,
    ISagaConsumeContextFactory<DbContext, TSaga> factory,
    PostgresSagaRepositoryOptions<TSaga> options,
    DeferredInboxClaim? inboxClaim = null) : ISagaRepositoryContextFactory<TSaga>
    where TSaga : class, ISaga
    where TDbContext : DbContext
{
    public Task Send<T>(ConsumeContext<T> context, IPipe<SagaRepositoryContext<TSaga, T>> next)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(next);
        return InTransactionAsync(context, async repository =>
        {
            if (inboxClaim is { IsPending: true } && context.CorrelationId is { } correlationId)
            {
                var (claimed, saga) = await SagaRowLoader<TSaga>.ClaimAndLoadAsync(
                    db, inboxClaim, correlationId, options.ConcurrencyMode, context.CancellationToken);
                inboxClaim.Resolve(claimed);
                if (!claimed)
                {
                    return; // consumed already: the saga must not see the message again
                }

                repository.Preload(correlationId, saga);
            }

            await next.Send(repository);
        });
    }

    public Task SendQuery<T>(ConsumeContext<T> context, ISagaQuery<TSaga> query, IPipe<SagaRepositoryQueryContext<TSaga, T>> next)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(next);
        return InTransactionAsync(context, async repository =>
        {
            if (inboxClaim is { IsPending: true })
            {
                var claimed = await InboxClaim.TryClaimAsync(db, inboxClaim.MessageId, inboxClaim.ConsumerId, context.CancellationToken);
                inboxClaim.Resolve(claimed);
                if (!claimed)
                {
                    return;
                }
            }

            var ids = await db.Set<TSaga>().AsNoTracking().Where(query.FilterExpression).Select(s => s.CorrelationId)
                .ToListAsync(context.CancellationToken);
            var instances = await SagaRowLoader<TSaga>.LoadManyAsync(db, ids, options.ConcurrencyMode, context.CancellationToken);
            await next.Send(new LoadedSagaRepositoryQueryContext<TSaga, T>(repository, instances));
        });
    }

    public void Probe(ProbeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Add("persistence", "statistico-postgres");
        context.Add("concurrency", options.ConcurrencyMode.ToString());
    }

    private async Task InTransactionAsync<T>(ConsumeContext<T> context, Func<PostgresSagaRepositoryContext<TSaga, T>, Task> work)
        where T : class
    {
        using var repository = new PostgresSagaRepositoryContext<TSaga, T>(db, context, factory, options.ConcurrencyMode);
        db.Database.AutoSavepointsEnabled = false; // the message's transaction is all or nothing
        if (db.Database.CurrentTransaction is not null)
        {
            await work(repository); // the outbox owns the transaction and commits it
            return;
        }

        await using IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        try
        {
            await work(repository);
            await transaction.CommitAsync(context.CancellationToken);
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw;
        }
    }
}

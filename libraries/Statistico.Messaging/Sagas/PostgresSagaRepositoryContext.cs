using MassTransit;
using MassTransit.Context;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;

namespace Statistico.Messaging.Sagas;

/// <summary>One message's view of the saga table: every change is saved in the message's transaction.</summary>
public sealed class PostgresSagaRepositoryContext<TSaga, TMessage> : ConsumeContextScope<TMessage>, SagaRepositoryContext<TSaga, TMessage>, IDisposable
    where TSaga : class, ISaga
    where TMessage : class
{
    private readonly SemaphoreSlim saving = new(1);
    private readonly DbContext db;
    private readonly ConsumeContext<TMessage> context;
    private readonly ISagaConsumeContextFactory<DbContext, TSaga> factory;
    private readonly SagaConcurrencyMode mode;
    private (Guid Id, TSaga? Saga)? preloaded;

    public PostgresSagaRepositoryContext(
        DbContext db, ConsumeContext<TMessage> context, ISagaConsumeContextFactory<DbContext, TSaga> factory, SagaConcurrencyMode mode)
        : base(context, db)
    {
        this.db = db;
        this.context = context;
        this.factory = factory;
        this.mode = mode;
    }

    public void Dispose() => saving.Dispose();

    /// <summary>
    /// What the read sent with the message's inbox claim found for <paramref name="correlationId"/> (ADR 48): the next
    /// <see cref="Load"/> of that id returns it instead of reading again, whether a row or none.
    /// </summary>
    internal void Preload(Guid correlationId, TSaga? saga) => preloaded = (correlationId, saga);

    public Task<SagaConsumeContext<TSaga, TMessage>> Add(TSaga instance) =>
        factory.CreateSagaConsumeContext(db, context, instance, SagaConsumeContextMode.Add);

    /// <summary>
    /// Inserts a new instance at once (the saga's InsertOnInitial policy). A concurrent insert of the same id loses
    /// here: the savepoint keeps the message's transaction usable, and null tells MassTransit to load the winner.
    /// Only a duplicate key on the saga's primary key is that race (ADR 0031); any other failure (a NOT NULL or check
    /// constraint, a value too long, another unique index) is an error and propagates: the message is retried, then
    /// dead-lettered.
    /// </summary>
    public async Task<SagaConsumeContext<TSaga, TMessage>?> Insert(TSaga instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (preloaded is { Saga: not null } loaded && loaded.Id == instance.CorrelationId)
        {
            return null; // the row exists and this message has read it: MassTransit loads it next, as after a lost race
        }

        preloaded = null; // a lost race below means another message inserted it: a load must then read the row
        var transaction = db.Database.CurrentTransaction;
        const string savepoint = "saga_insert";
        if (transaction is not null)
        {
            await transaction.CreateSavepointAsync(savepoint, CancellationToken);
        }

        var entry = db.Set<TSaga>().Add(instance);
        try
        {
            await db.SaveChangesAsync(CancellationToken);
            return await factory.CreateSagaConsumeContext(db, context, instance, SagaConsumeContextMode.Insert);
        }
        catch (DbUpdateException exception) when (SagaInsertRace.IsDuplicateKey<TSaga>(db, exception))
        {
            entry.State = EntityState.Detached;
            if (transaction is not null)
            {
                await transaction.RollbackToSavepointAsync(savepoint, CancellationToken);
            }

            return null;
        }
    }

    public async Task<SagaConsumeContext<TSaga, TMessage>?> Load(Guid correlationId)
    {
        TSaga? instance;
        if (preloaded is { } loaded && loaded.Id == correlationId)
        {
            preloaded = null;
            instance = loaded.Saga;
        }
        else
        {
            instance = await SagaRowLoader<TSaga>.LoadAsync(db, correlationId, mode, CancellationToken);
        }

        return instance is null ? null : await factory.CreateSagaConsumeContext(db, context, instance, SagaConsumeContextMode.Load);
    }

    public Task Save(SagaConsumeContext<TSaga> context) => SaveChangesAsync(() => db.Set<TSaga>().Add(context.Saga));

    /// <summary>
    /// Saves the instance after an event. In optimistic mode the row is written even when the event changed no column
    /// (ADR 0030): the UPDATE's row-version check is what proves the event decided on the current state, so an event
    /// that only read the saga and published a command still conflicts with a concurrent change and is retried.
    /// </summary>
    public Task Update(SagaConsumeContext<TSaga> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return SaveChangesAsync(() =>
        {
            var entry = db.Entry(context.Saga);
            if (mode == SagaConcurrencyMode.Optimistic && entry.State == EntityState.Unchanged)
            {
                entry.State = EntityState.Modified;
            }
        });
    }

    public Task Delete(SagaConsumeContext<TSaga> context) => SaveChangesAsync(() => db.Set<TSaga>().Remove(context.Saga));

    public Task Discard(SagaConsumeContext<TSaga> context) => Task.CompletedTask;

    public Task Undo(SagaConsumeContext<TSaga> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entry = db.ChangeTracker.Entries<TSaga>().FirstOrDefault(e => e.Entity.CorrelationId == context.Saga.CorrelationId);
        if (entry is not null)
        {
            entry.State = EntityState.Unchanged;
        }

        return Task.CompletedTask;
    }

    public Task<SagaConsumeContext<TSaga, T>> CreateSagaConsumeContext<T>(ConsumeContext<T> consumeContext, TSaga instance, SagaConsumeContextMode mode)
        where T : class =>
        factory.CreateSagaConsumeContext(db, consumeContext, instance, mode);

    private async Task SaveChangesAsync(Action change)
    {
        await saving.WaitAsync(CancellationToken);
        try
        {
            change();
            await db.SaveChangesAsync(CancellationToken);
        }
        finally
        {
            saving.Release();
        }
    }
}

using MassTransit;
using MassTransit.Middleware;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Statistico.Messaging.Sagas;

/// <summary>Reads saga instances outside a message (APIs, tests): no locks, no tracking.</summary>
public sealed class PostgresSagaQueryRepository<TSaga, TDbContext>(IServiceScopeFactory scopes) :
    IQuerySagaRepositoryContextFactory<TSaga>,
    ILoadSagaRepositoryContextFactory<TSaga>
    where TSaga : class, ISaga
    where TDbContext : DbContext
{
    public Task<T> Execute<T>(Func<QuerySagaRepositoryContext<TSaga>, Task<T>> asyncMethod, CancellationToken cancellationToken = default)
        where T : class =>
        RunAsync(context => asyncMethod(context), cancellationToken);

    public Task<T> Execute<T>(Func<LoadSagaRepositoryContext<TSaga>, Task<T>> asyncMethod, CancellationToken cancellationToken = default)
        where T : class =>
        RunAsync(context => asyncMethod(context), cancellationToken);

    public void Probe(ProbeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Add("persistence", "statistico-postgres");
    }

    private async Task<T> RunAsync<T>(Func<ReadOnlySagaContext, Task<T>> method, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        return await method(new ReadOnlySagaContext(db, cancellationToken));
    }

    private sealed class ReadOnlySagaContext(DbContext db, CancellationToken cancellationToken) :
        BasePipeContext(cancellationToken), QuerySagaRepositoryContext<TSaga>, LoadSagaRepositoryContext<TSaga>
    {
        public Task<TSaga> Load(Guid correlationId) =>
            db.Set<TSaga>().AsNoTracking().SingleOrDefaultAsync(s => s.CorrelationId == correlationId, CancellationToken)!;

        public async Task<SagaRepositoryQueryContext<TSaga>> Query(ISagaQuery<TSaga> query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var ids = await db.Set<TSaga>().AsNoTracking().Where(query.FilterExpression).Select(s => s.CorrelationId).ToListAsync(cancellationToken);
            return new DefaultSagaRepositoryQueryContext<TSaga>(this, ids);
        }
    }
}

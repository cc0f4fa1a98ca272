using MassTransit;
using MassTransit.DependencyInjection;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.DependencyInjection;

namespace Statistico.Messaging.Sagas;

/// <summary>Registers and maps sagas stored in a service's own Postgres database.</summary>
public static class PostgresSagaRepositoryExtensions
{
    /// <summary>
    /// Stores <typeparamref name="TSaga"/> in <typeparamref name="TDbContext"/> (map it with <see cref="MapSaga{TSaga}"/>),
    /// one transaction per message, optimistic (row version) or pessimistic (row lock) concurrency.
    /// </summary>
    public static ISagaRegistrationConfigurator<TSaga> PostgresRepository<TSaga, TDbContext>(
        this ISagaRegistrationConfigurator<TSaga> configurator,
        SagaConcurrencyMode concurrencyMode = SagaConcurrencyMode.Optimistic)
        where TSaga : class, ISaga
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return configurator.Repository(services =>
        {
            services.AddSingleton(new PostgresSagaRepositoryOptions<TSaga>(concurrencyMode));
            services.AddScoped<ISagaConsumeContextFactory<DbContext, TSaga>, SagaConsumeContextFactory<DbContext, TSaga>>();
            services.AddScoped<ISagaRepositoryContextFactory<TSaga>, PostgresSagaRepositoryContextFactory<TSaga, TDbContext>>();
            services.AddSingleton(provider => new DependencyInjectionSagaRepositoryContextFactory<TSaga>(provider.GetRequiredService<IRegistrationContext>()));
            services.AddSingleton<PostgresSagaQueryRepository<TSaga, TDbContext>>();
            services.AddSingleton(provider =>
            {
                var reads = provider.GetRequiredService<PostgresSagaQueryRepository<TSaga, TDbContext>>();
                return new SagaRepository<TSaga>(provider.GetRequiredService<DependencyInjectionSagaRepositoryContextFactory<TSaga>>(), reads, reads);
            });
            services.AddSingleton<ISagaRepository<TSaga>>(provider => provider.GetRequiredService<SagaRepository<TSaga>>());
            services.AddSingleton<IQuerySagaRepository<TSaga>>(provider => provider.GetRequiredService<SagaRepository<TSaga>>());
            services.AddSingleton<ILoadSagaRepository<TSaga>>(provider => provider.GetRequiredService<SagaRepository<TSaga>>());
        });
    }

    /// <summary>
    /// Maps a saga table: the correlation id is the key and Postgres' <c>xmin</c> is the row version that optimistic
    /// concurrency checks (a shadow property: the saga class needs no version field).
    /// </summary>
    public static EntityTypeBuilder<TSaga> MapSaga<TSaga>(this ModelBuilder modelBuilder, string table)
        where TSaga : class, ISaga
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var saga = modelBuilder.Entity<TSaga>();
        saga.ToTable(table);
        saga.HasKey(s => s.CorrelationId);
        saga.Property(s => s.CorrelationId).ValueGeneratedNever();
        saga.Property<uint>("Version").IsRowVersion();
        return saga;
    }
}

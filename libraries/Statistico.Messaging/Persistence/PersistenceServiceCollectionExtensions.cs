using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Statistico.Messaging.Persistence;

/// <summary>Registers a service's own Postgres database the same way in every service.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Adds <typeparamref name="TContext"/> on Npgsql from the connection string named
    /// <paramref name="connectionStringName"/> (the Aspire database resource name) with <see cref="NpgsqlConnectionDefaults"/>, migrates it at start-up (unless
    /// <c>Database:MigrateOnStart</c> is false) and
    /// adds a readiness health check.
    /// </summary>
    public static IServiceCollection AddStatisticoDatabase<TContext>(
        this IServiceCollection services,
        IConfiguration configuration,
        string connectionStringName)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration.GetConnectionString(connectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{connectionStringName} is not set. Run the service from the AppHost, or set it " +
                "(scripts/infra.sh env prints the local server's connection string; add ;Database=" + connectionStringName + ").");
        }

        var dataSource = new NpgsqlDataSourceBuilder(NpgsqlConnectionDefaults.Apply(connectionString)) { Name = connectionStringName }.Build();
        services.AddSingleton(dataSource);
        // Pooled (ADR 0047): every consumed message leases a context that already has EF Core's internal services, instead
        // of building them for each scope (8% of a durable saga transition's CPU in the messaging harness's profile). The
        // options are built once: they only name the shared data source (issue 16, ADR 0618). A returned context is
        // reset by EF Core (change tracker cleared, AutoSavepointsEnabled and the transaction behaviour restored).
        services.AddDbContextPool<TContext>(options => options.UseNpgsql(dataSource));
        services.AddSingleton<DatabaseMigrator<TContext>>();
        services.AddSingleton<IDatabaseMigrator>(provider => provider.GetRequiredService<DatabaseMigrator<TContext>>());
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.MigrateOnStart && !options.MigrateOnly)
        {
            // Registered here, before the bus and the scheduler, so the schema exists before they start.
            services.AddHostedService(provider => provider.GetRequiredService<DatabaseMigrator<TContext>>());
        }

        services.AddHealthChecks().AddDbContextCheck<TContext>(connectionStringName, tags: ["ready"]);
        return services;
    }
}

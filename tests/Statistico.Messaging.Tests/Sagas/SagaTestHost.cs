using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Persistence;
using Statistico.Messaging.Sagas;
using Statistico.Messaging.Tests.Support;

namespace Statistico.Messaging.Tests.Sagas;

/// <summary>A service process with the wallet and account sagas in Postgres behind the outbox and inbox, on the real broker.</summary>
internal static class SagaTestHost
{
    public static async Task CreateSchemaAsync(string database)
    {
        await using var db = new SagaDbContext(new DbContextOptionsBuilder<SagaDbContext>().UseNpgsql(database).Options);
        await db.Database.EnsureCreatedAsync();
    }

    public static Task<IHost> StartAsync(
        string database, Uri broker, SagaConcurrencyMode mode, WalletStepHook hook, WalletJournal journal, SaveFailures failures) =>
        MessagingHost.StartAsync(
            database,
            broker,
            bus =>
            {
                bus.AddSagaStateMachine<WalletStateMachine, WalletState>().PostgresRepository<WalletState, SagaDbContext>(mode);
                bus.AddSagaStateMachine<AccountStateMachine, AccountState>().PostgresRepository<AccountState, SagaDbContext>(mode);
                bus.AddConsumer<WalletObserver>();
                bus.AddStatisticoOutbox<SagaDbContext>();
            },
            services =>
            {
                services.AddSingleton(hook);
                services.AddSingleton(journal);
                // Registered as services register theirs (pooled, the layer's Npgsql settings, ADR 47); the schema is
                // created by CreateSchemaAsync.
                var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["ConnectionStrings:sagatests"] = database,
                    ["Database:MigrateOnStart"] = "false",
                }).Build();
                services.AddStatisticoDatabase<SagaDbContext>(settings, "sagatests");
                services.ConfigureDbContext<SagaDbContext>(options => options.AddInterceptors(failures));
            },
            new Dictionary<string, string?> { ["Messaging:RetryLimit"] = "5" });
}

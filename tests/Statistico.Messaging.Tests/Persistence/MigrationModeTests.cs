using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Statistico.Messaging.Persistence;
using Statistico.Messaging.Tests.Support;

namespace Statistico.Messaging.Tests.Persistence;

/// <summary>
/// A cluster migrates once, in a Job, before any replica starts: Database:MigrateOnStart=false leaves the migrator
/// out of start-up, and Database:MigrateOnly=true migrates and returns without starting the service.
/// </summary>
[Trait("Category", "Unit")]
public sealed class MigrationModeTests
{
    [Fact]
    public void By_default_the_service_migrates_at_start()
    {
        using var provider = Services().BuildServiceProvider();

        Assert.Contains(provider.GetServices<IHostedService>(), service => service is DatabaseMigrator<MessagingDbContext>);
    }

    [Fact]
    public void With_migrate_on_start_false_it_starts_without_migrating_but_can_still_migrate()
    {
        using var provider = Services(("Database:MigrateOnStart", "false")).BuildServiceProvider();

        Assert.DoesNotContain(provider.GetServices<IHostedService>(), service => service is DatabaseMigrator<MessagingDbContext>);
        Assert.IsType<DatabaseMigrator<MessagingDbContext>>(Assert.Single(provider.GetServices<IDatabaseMigrator>()));
    }

    [Fact]
    public async Task Migrate_only_runs_every_migrator_and_starts_nothing()
    {
        var migrator = new CountingMigrator();
        var started = new StartWatcher();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            Configuration = Configuration(("Database:MigrateOnly", "true")),
        });
        builder.Services.AddSingleton<IDatabaseMigrator>(migrator);
        builder.Services.AddHostedService(_ => started);
        using var host = builder.Build();

        await host.RunOrMigrateAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, migrator.Runs);
        Assert.False(started.Started);
    }

    private static ServiceCollection Services(params (string Key, string Value)[] settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        var configuration = Configuration([("ConnectionStrings:messagingtests", "Host=127.0.0.1;Database=unused"), .. settings]);
        services.AddStatisticoDatabase<MessagingDbContext>(configuration, "messagingtests");
        return services;
    }

    private static ConfigurationManager Configuration(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        return configuration;
    }

    private sealed class CountingMigrator : IDatabaseMigrator
    {
        public int Runs { get; private set; }

        public Task MigrateAsync(CancellationToken cancellationToken)
        {
            Runs++;
            return Task.CompletedTask;
        }
    }

    private sealed class StartWatcher : IHostedService
    {
        public bool Started { get; private set; }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            Started = true;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

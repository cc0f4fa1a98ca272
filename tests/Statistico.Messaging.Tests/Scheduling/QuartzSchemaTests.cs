using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;
using Statistico.Messaging.Scheduling;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>
/// The migration's DDL against Quartz's own: Quartz can create its schema itself, and what our migration creates
/// must be exactly that, column for column and index for index. After a Quartz upgrade this test says what the
/// new migration has to change.
/// </summary>
[Trait("Category", "Integration")]
public sealed class QuartzSchemaTests(TestInfrastructure infrastructure)
{
    [Fact]
    public async Task The_migration_creates_exactly_the_schema_Quartz_provisions_for_itself()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var migrated = await infrastructure.CreateDatabaseAsync("quartzmigrated");
        await using var provisioned = await infrastructure.CreateDatabaseAsync("quartzprovisioned");

        var options = new DbContextOptionsBuilder<SchedulingDbContext>().UseNpgsql(migrated.ConnectionString).Options;
        await using var context = new SchedulingDbContext(options);
        await context.Database.MigrateAsync("20261126100000_QuartzSchema", ct);

        await ProvisionWithQuartzAsync(provisioned.ConnectionString, ct);

        var expected = await SchemaShape.ReadAsync(provisioned.ConnectionString, ct);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await SchemaShape.ReadAsync(migrated.ConnectionString, ct));

        // The next migration adds the recurring jobs' firing claims beside Quartz's tables, and touches nothing of Quartz's.
        await context.Database.MigrateAsync(ct);
        var added = (await SchemaShape.ReadAsync(migrated.ConnectionString, ct)).Except(expected).ToList();
        Assert.NotEmpty(added);
        Assert.All(added, line => Assert.Contains(" recurring_job_firings", line, StringComparison.Ordinal));
        Assert.Empty(expected.Except(await SchemaShape.ReadAsync(migrated.ConnectionString, ct)));
    }

    [Fact]
    public async Task The_scheduler_refuses_to_start_on_a_database_without_the_migration()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var bare = await infrastructure.CreateDatabaseAsync("quartzbare");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:bare"] = bare.ConnectionString })
            .Build();
        var services = new ServiceCollection().AddLogging().AddStatisticoScheduler(configuration, "bare");
        await using var provider = services.BuildServiceProvider();

        // Validation, not creation: production tables come only from migrations, and a missing one stops start-up.
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
            await scheduler.Start(ct);
        });
        Assert.Empty(await SchemaShape.ReadAsync(bare.ConnectionString, ct));
    }

    private static async Task ProvisionWithQuartzAsync(string connectionString, CancellationToken ct)
    {
        // Quartz creates tables, not the schema that holds them.
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {QuartzSchema.SchemaName}", connection);
            await command.ExecuteNonQueryAsync(ct);
        }

        var services = new ServiceCollection().AddLogging();
        services.AddQuartz(quartz => quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(connectionString);
            store.ProvisionSchema();
            store.ConfigureStore(ado => ado.TablePrefix = QuartzSchema.TablePrefix);
        }));
        await using var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
        await scheduler.Start(ct);
        await scheduler.Shutdown(true, ct);
    }
}

using Microsoft.EntityFrameworkCore;
using Npgsql;
using Statistico.Testing;
using Statistico.Trader.Data;

namespace Statistico.Trader.Tests.Live;

/// <summary>
/// What the Helm chart's migration Job and Deployments rely on, with the real Trader process: Database__MigrateOnly
/// applies every migration to an empty database and exits 0 without touching the broker (none listens at the address
/// it is given); then the service with Database__MigrateOnStart=false starts healthy on that database.
/// </summary>
[Trait("Category", "Integration")]
public sealed class MigrationJobTests(TestInfrastructure infrastructure)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrate_only_migrates_and_exits_then_the_service_starts_without_migrating()
    {
        await using var database = await infrastructure.CreateDatabaseAsync("migrate-only");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("migrate-only");
        var nobody = $"http://127.0.0.1:{TraderProcess.FreePort()}";
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:trader"] = database.ConnectionString,
            ["Betfair:BaseUrl"] = $"{nobody}/exchange/betting/json-rpc/v1",
            ["Betfair:AppKey"] = "unused",
            ["Betfair:Username"] = "unused",
            ["Betfair:Password"] = "unused",
        };

        await using (var job = TraderProcess.Start(new Dictionary<string, string>(settings)
        {
            ["Database:MigrateOnly"] = "true",
            ["ConnectionStrings:messaging"] = $"amqp://guest:guest@127.0.0.1:{TraderProcess.FreePort()}/",
        }))
        {
            Assert.Equal(0, await job.WaitForExitAsync(Patience, Ct));
        }

        Assert.Equal(AllMigrations(), await AppliedMigrationsAsync(database.ConnectionString));

        await using var service = TraderProcess.Start(new Dictionary<string, string>(settings)
        {
            ["Database:MigrateOnStart"] = "false",
            ["ConnectionStrings:messaging"] = virtualHost.BrokerUri.ToString(),
        });
        await service.WaitHealthyAsync(Patience, Ct);
    }

    private static List<string> AllMigrations()
    {
        using var context = new TraderDbContext(new DbContextOptionsBuilder<TraderDbContext>().UseNpgsql("Host=unused").Options);
        return [.. context.Database.GetMigrations()];
    }

    private static async Task<List<string>> AppliedMigrationsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("""SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" """, connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var applied = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            applied.Add(reader.GetString(0));
        }

        return applied;
    }
}

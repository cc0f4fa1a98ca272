using System.Net;
using System.Text.Json;
using Npgsql;
using Statistico.Testing;

namespace Statistico.TestSuite.Tests;

/// <summary>
/// The roles the tests are given, asked of the servers themselves (ADR 0041): the services' role can use its
/// databases and vhost and nothing more; creating and dropping databases and vhosts is the separate admin role's; and
/// neither password is the user name.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ServerRolesTests(TestInfrastructure infrastructure) : IClassFixture<TestInfrastructure>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_services_postgres_role_cannot_create_databases_end_backends_or_administer_roles()
    {
        var app = new NpgsqlConnectionStringBuilder(infrastructure.Endpoints.Postgres) { Database = "postgres", Pooling = false };
        var admin = new NpgsqlConnectionStringBuilder(infrastructure.Endpoints.PostgresAdmin);
        Assert.NotEqual(app.Username, admin.Username);
        Assert.NotEqual(app.Username, app.Password);

        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync(Ct);
        await using (var command = new NpgsqlCommand(
            """
            SELECT current_user, rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls,
                   pg_has_role(current_user, 'pg_signal_backend', 'MEMBER')
            FROM pg_roles WHERE rolname = current_user
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync(Ct))
        {
            Assert.True(await reader.ReadAsync(Ct));
            Assert.Equal(app.Username, reader.GetString(0));
            string[] privileges = ["SUPERUSER", "CREATEDB", "CREATEROLE", "REPLICATION", "BYPASSRLS", "pg_signal_backend"];
            var held = privileges.Where((_, i) => reader.GetBoolean(i + 1)).ToList();
            Assert.True(held.Count == 0, $"{app.Username} holds {string.Join(", ", held)}");
        }

        // Asked, the server refuses too (not just a flag read back).
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{TestResourceNames.Database("rolecheck", DateTimeOffset.UtcNow)}\"", connection);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => create.ExecuteNonQueryAsync(Ct));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task The_services_broker_user_has_no_tags_and_the_management_api_refuses_it()
    {
        var broker = infrastructure.Endpoints.Messaging;
        var user = Uri.UnescapeDataString(broker.UserInfo.Split(':')[0]);
        var password = Uri.UnescapeDataString(broker.UserInfo.Split(':')[1]);
        var adminUri = infrastructure.Endpoints.RabbitManagement;
        Assert.NotEqual(user, RabbitManagementClient.UserName(adminUri));
        Assert.NotEqual(user, password);

        using var admin = RabbitManagementClient.Create(adminUri);
        using var answer = await admin.GetAsync(new Uri($"/api/users/{Uri.EscapeDataString(user)}", UriKind.Relative), Ct);
        answer.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(Ct));
        var tags = document.RootElement.GetProperty("tags");
        // RabbitMQ 3.9+ lists tags; older versions wrote one comma-separated string.
        var names = tags.ValueKind == JsonValueKind.Array
            ? tags.EnumerateArray().Select(t => t.GetString()).ToList()
            : [.. tags.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries)];
        Assert.Empty(names);

        var asApp = new UriBuilder(adminUri) { UserName = Uri.EscapeDataString(user), Password = Uri.EscapeDataString(password) }.Uri;
        using var app = RabbitManagementClient.Create(asApp);
        using var refused = await app.GetAsync(new Uri("/api/vhosts", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}

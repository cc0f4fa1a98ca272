using Npgsql;

namespace Statistico.Testing;

/// <summary>
/// A database of its own for one test (or one test class), dropped on dispose. The admin role creates it owned by the
/// services' role, which is the role the test (and the service under test) connects as.
/// </summary>
public sealed class IsolatedDatabase : IAsyncDisposable
{
    private readonly string adminConnectionString;

    private IsolatedDatabase(string serverConnectionString, string adminConnectionString, string name)
    {
        this.adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>Connection string of the database itself.</summary>
    public string ConnectionString { get; }

    public static async Task<IsolatedDatabase> CreateAsync(string serverConnectionString, string adminConnectionString, string purpose)
    {
        var allowed = Environment.GetEnvironmentVariable(TestServerGuard.AllowVariable);
        TestServerGuard.EnsurePostgresAllowed(serverConnectionString, allowed);
        TestServerGuard.EnsurePostgresAllowed(adminConnectionString, allowed);
        var name = TestResourceNames.Database(purpose, DateTimeOffset.UtcNow);
        var owner = new NpgsqlConnectionStringBuilder(serverConnectionString).Username;
        var database = new IsolatedDatabase(serverConnectionString, adminConnectionString, name);
        await ExecuteOnServerAsync(adminConnectionString, owner is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" OWNER \"{owner}\"");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await DropAsync(adminConnectionString, Name);
    }

    internal static async Task DropAsync(string adminConnectionString, string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteOnServerAsync(adminConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException exception) when (attempt < 5 && exception.SqlState is PostgresErrorCodes.ObjectInUse or PostgresErrorCodes.InsufficientPrivilege)
            {
                // A background worker (autovacuum) may still be in the database for a moment.
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }

    internal static async Task ExecuteOnServerAsync(string connectionString, string sql)
    {
        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

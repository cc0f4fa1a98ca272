using Npgsql;

namespace Statistico.Testing;

/// <summary>A database of its own for one test (or one test class), dropped on dispose.</summary>
public sealed class IsolatedDatabase : IAsyncDisposable
{
    private readonly string serverConnectionString;

    private IsolatedDatabase(string serverConnectionString, string name)
    {
        this.serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>Connection string of the database itself.</summary>
    public string ConnectionString { get; }

    public static async Task<IsolatedDatabase> CreateAsync(string serverConnectionString, string purpose)
    {
        var name = $"t_{Sanitize(purpose)}_{Guid.NewGuid():N}";
        name = name[..Math.Min(name.Length, 40)];
        var database = new IsolatedDatabase(serverConnectionString, name);
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException exception) when (attempt < 5 && exception.SqlState is PostgresErrorCodes.ObjectInUse or PostgresErrorCodes.InsufficientPrivilege)
            {
                // A background worker (autovacuum) may still be in the database for a moment.
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        var server = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Sanitize(string purpose) =>
        new([.. purpose.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c)).Take(12)]);
}

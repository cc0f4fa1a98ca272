using System.Net.Http.Json;
using Npgsql;

namespace Statistico.Testing;

/// <summary>
/// Drops what killed test runs left behind: databases, virtual hosts and Redis keys whose marked name
/// (<see cref="TestResourceNames"/>) is older than an hour. Runs at the start of every test assembly; test assemblies
/// running at the same time may sweep together, so a name already gone is not an error.
/// </summary>
public static class LeftoverSweep
{
    public static async Task<int> SweepAsync(InfrastructureEndpoints endpoints, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return await SweepDatabasesAsync(endpoints.PostgresAdmin, now)
            + await SweepVirtualHostsAsync(endpoints.RabbitManagement, now)
            + await SweepKeysAsync(endpoints.Cache, now);
    }

    private static async Task<int> SweepDatabasesAsync(string adminConnectionString, DateTimeOffset now)
    {
        var names = new List<string>();
        var server = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE 't\\_%'", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        var leftovers = names.Where(name => TestResourceNames.IsLeftover(name, now)).ToList();
        foreach (var name in leftovers)
        {
            await IsolatedDatabase.DropAsync(adminConnectionString, name);
        }

        return leftovers.Count;
    }

    private static async Task<int> SweepVirtualHostsAsync(Uri managementUri, DateTimeOffset now)
    {
        using var client = RabbitManagementClient.Create(managementUri);
        var vhosts = await client.GetFromJsonAsync<List<VirtualHostName>>(new Uri("/api/vhosts?columns=name", UriKind.Relative)) ?? [];
        var leftovers = vhosts.Select(v => v.Name).Where(name => TestResourceNames.IsLeftover(name, now)).ToList();
        foreach (var name in leftovers)
        {
            // 404: another assembly's sweep got there first.
            using var _ = await client.DeleteAsync(new Uri($"/api/vhosts/{Uri.EscapeDataString(name)}", UriKind.Relative));
        }

        return leftovers.Count;
    }

    private static Task<int> SweepKeysAsync(string cache, DateTimeOffset now) =>
        RedisKeys.DeleteAsync(cache, "test:*", key => TestResourceNames.IsLeftover(key, now));

    private sealed record VirtualHostName(string Name);
}

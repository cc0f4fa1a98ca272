using Npgsql;
using Statistico.Testing;

namespace Statistico.FootballData.Tests;

/// <summary>One Football Data service on its own database, virtual host and Redis key prefix, with a client.</summary>
internal sealed class FootballDataHost : IAsyncDisposable
{
    private FootballDataHost(IsolatedDatabase database, IsolatedVirtualHost virtualHost, string keyPrefix, FootballDataFactory factory)
    {
        Database = database;
        KeyPrefix = keyPrefix;
        VirtualHost = virtualHost;
        Factory = factory;
        Client = factory.CreateClient();
    }

    public IsolatedDatabase Database { get; }

    public IsolatedVirtualHost VirtualHost { get; }

    /// <summary>The service's Redis key prefix (its keys are deleted when the factory is disposed).</summary>
    public string KeyPrefix { get; }

    public FootballDataFactory Factory { get; }

    public HttpClient Client { get; }

    public static async Task<FootballDataHost> StartAsync(TestInfrastructure infrastructure, string purpose, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = await infrastructure.CreateDatabaseAsync(purpose);
        var virtualHost = await infrastructure.CreateVirtualHostAsync(purpose);
        var keyPrefix = infrastructure.CreateKeyPrefix(purpose);
        var factory = new FootballDataFactory(database.ConnectionString, virtualHost.BrokerUri, infrastructure.Endpoints.Cache, keyPrefix, settings);
        return new FootballDataHost(database, virtualHost, keyPrefix.Prefix, factory);
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }
}

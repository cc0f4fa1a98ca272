namespace Statistico.Testing;

/// <summary>
/// A RabbitMQ virtual host of its own for one test: exchanges are named after message types, so tests sharing a
/// virtual host would receive each other's messages. Created and deleted through the management API with the admin
/// account; the broker URI's own user (the services') gets full permissions on it.
/// </summary>
public sealed class IsolatedVirtualHost : IAsyncDisposable
{
    private readonly HttpClient management;

    private IsolatedVirtualHost(HttpClient management, string name, Uri brokerUri)
    {
        this.management = management;
        Name = name;
        BrokerUri = brokerUri;
    }

    public string Name { get; }

    /// <summary>amqp:// URI of the virtual host.</summary>
    public Uri BrokerUri { get; }

    public static async Task<IsolatedVirtualHost> CreateAsync(Uri broker, Uri managementUri, string purpose)
    {
        ArgumentNullException.ThrowIfNull(broker);
        ArgumentNullException.ThrowIfNull(managementUri);
        var allowed = Environment.GetEnvironmentVariable(TestServerGuard.AllowVariable);
        TestServerGuard.EnsureAllowed(broker.Host, "RabbitMQ", allowed);
        TestServerGuard.EnsureAllowed(managementUri.Host, "RabbitMQ management", allowed);
        var name = TestResourceNames.VirtualHost(purpose, DateTimeOffset.UtcNow);
        var client = RabbitManagementClient.Create(managementUri);

        var escaped = Uri.EscapeDataString(name);
        (await client.PutAsync(new Uri($"/api/vhosts/{escaped}", UriKind.Relative), RabbitManagementClient.Json("{}"))).EnsureSuccessStatusCode();
        var users = new[] { RabbitManagementClient.UserName(broker), RabbitManagementClient.UserName(managementUri) }.Distinct(StringComparer.Ordinal);
        foreach (var user in users)
        {
            (await client.PutAsync(
                new Uri($"/api/permissions/{escaped}/{Uri.EscapeDataString(user)}", UriKind.Relative),
                RabbitManagementClient.Json("""{"configure":".*","write":".*","read":".*"}"""))).EnsureSuccessStatusCode();
        }

        var brokerUri = new UriBuilder(broker) { Path = "/" + escaped }.Uri;
        return new IsolatedVirtualHost(client, name, brokerUri);
    }

    /// <summary>The same virtual host reached through another port (e.g. a <see cref="TcpProxy"/>).</summary>
    public Uri BrokerUriThrough(int port) => new UriBuilder(BrokerUri) { Host = "127.0.0.1", Port = port }.Uri;

    public async ValueTask DisposeAsync()
    {
        using (management)
        {
            await management.DeleteAsync(new Uri($"/api/vhosts/{Uri.EscapeDataString(Name)}", UriKind.Relative));
        }
    }
}

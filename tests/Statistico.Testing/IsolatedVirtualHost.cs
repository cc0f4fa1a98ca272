using System.Net.Http.Headers;
using System.Text;

namespace Statistico.Testing;

/// <summary>
/// A RabbitMQ virtual host of its own for one test: exchanges are named after message types, so tests sharing a
/// virtual host would receive each other's messages. Created and deleted through the management API.
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
        var name = $"test-{purpose}-{Guid.NewGuid():N}";
        var user = Uri.UnescapeDataString(managementUri.UserInfo.Split(':')[0]);
        var password = Uri.UnescapeDataString(managementUri.UserInfo.Split(':').ElementAtOrDefault(1) ?? string.Empty);
        var client = new HttpClient { BaseAddress = new Uri(managementUri.GetLeftPart(UriPartial.Authority)) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

        var escaped = Uri.EscapeDataString(name);
        (await client.PutAsync(new Uri($"/api/vhosts/{escaped}", UriKind.Relative), Json("{}"))).EnsureSuccessStatusCode();
        (await client.PutAsync(
            new Uri($"/api/permissions/{escaped}/{Uri.EscapeDataString(user)}", UriKind.Relative),
            Json("""{"configure":".*","write":".*","read":".*"}"""))).EnsureSuccessStatusCode();

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

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}

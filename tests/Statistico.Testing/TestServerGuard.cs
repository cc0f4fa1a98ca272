using System.Net;
using Npgsql;
using StackExchange.Redis;

namespace Statistico.Testing;

/// <summary>
/// Tests create and drop databases, virtual hosts and keys wherever the connection strings point, and those strings
/// have the same names as production's. So a server beyond loopback is refused unless
/// <see cref="AllowVariable"/> names it: a stray ConnectionStrings__postgres in a shell never lets a test run there.
/// </summary>
public static class TestServerGuard
{
    public const string AllowVariable = "STATISTICO_TEST_ALLOW_HOST";

    /// <summary>Throws unless every server of <paramref name="endpoints"/> is on loopback or explicitly allowed.</summary>
    public static void EnsureAllowed(InfrastructureEndpoints endpoints, string? allowed)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        EnsureAllowed(endpoints.Messaging.Host, "RabbitMQ", allowed);
        EnsureAllowed(endpoints.RabbitManagement.Host, "RabbitMQ management", allowed);
        EnsurePostgresAllowed(endpoints.Postgres, allowed);
        EnsurePostgresAllowed(endpoints.PostgresAdmin, allowed);
        foreach (var endpoint in ConfigurationOptions.Parse(endpoints.Cache).EndPoints)
        {
            EnsureAllowed(endpoint switch
            {
                DnsEndPoint dns => dns.Host,
                IPEndPoint ip => ip.Address.ToString(),
                _ => endpoint.ToString() ?? string.Empty,
            }, "Redis", allowed);
        }
    }

    public static void EnsurePostgresAllowed(string connectionString, string? allowed)
    {
        var hosts = new NpgsqlConnectionStringBuilder(connectionString).Host ?? "localhost";
        foreach (var host in hosts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Npgsql accepts host:port in a multi-host list.
            var name = host.StartsWith('[') || host.Count(c => c == ':') != 1 ? host : host[..host.IndexOf(':', StringComparison.Ordinal)];
            EnsureAllowed(name, "PostgreSQL", allowed);
        }
    }

    public static void EnsureAllowed(string host, string server, string? allowed)
    {
        if (IsLoopback(host) || AllowedHosts(allowed).Contains(host, StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        throw new InvalidOperationException(
            $"Tests refuse the {server} server '{host}': it is not on loopback, and tests create and drop databases, virtual hosts " +
            $"and keys on the servers they are given. To run them there on purpose, set {AllowVariable}={host} " +
            "(several hosts separated by commas).");
    }

    /// <summary>localhost, a loopback address (127.0.0.0/8, ::1, also IPv4-mapped) or a Unix socket directory.</summary>
    public static bool IsLoopback(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.StartsWith('/'))
        {
            return true;
        }

        if (!IPAddress.TryParse(host.Trim('[', ']'), out var address))
        {
            return false; // a name other than localhost may resolve anywhere
        }

        return IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
    }

    private static string[] AllowedHosts(string? allowed) =>
        (allowed ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

using System.Diagnostics;
using System.Net.Sockets;
using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;
using Testcontainers.Redis;
using Xunit;

namespace Statistico.Testing;

/// <summary>
/// Gives integration tests a real RabbitMQ, Postgres and Redis: from the environment's connection strings when set
/// (scripts/test.sh and CI set them), from Testcontainers when a Docker engine answers, or from the local servers
/// that scripts/infra.sh starts when they answer on loopback. Otherwise it fails with what to do: it never skips.
/// Use it as an xunit assembly fixture; each test then takes an isolated database, virtual host and key prefix.
/// </summary>
public sealed class TestInfrastructure : IAsyncLifetime
{
    private const string LocalUser = "statistico";
    private const string LocalPassword = "statistico";
    private readonly List<IAsyncDisposable> containers = [];
    private InfrastructureEndpoints? endpoints;

    public InfrastructureEndpoints Endpoints =>
        endpoints ?? throw new InvalidOperationException("TestInfrastructure is used before InitializeAsync.");

    public async ValueTask InitializeAsync() => endpoints = FromEnvironment() ?? await FromDockerAsync() ?? FromLocalServers()
        ?? throw new InvalidOperationException(
            "No RabbitMQ/Postgres/Redis for integration tests. Run the tests with scripts/test.sh (it installs and starts " +
            "local servers and sets ConnectionStrings__messaging/postgres/cache), or start a Docker engine, or set those " +
            "environment variables to servers you run.");

    /// <summary>A fresh database on the test server, dropped when disposed.</summary>
    public Task<IsolatedDatabase> CreateDatabaseAsync(string purpose) => IsolatedDatabase.CreateAsync(Endpoints.Postgres, purpose);

    /// <summary>A fresh RabbitMQ virtual host, deleted when disposed.</summary>
    public Task<IsolatedVirtualHost> CreateVirtualHostAsync(string purpose) =>
        IsolatedVirtualHost.CreateAsync(Endpoints.Messaging, Endpoints.RabbitManagement, purpose);

    /// <summary>A Redis key prefix no other test uses.</summary>
    public static string CreateKeyPrefix(string purpose) => $"test:{purpose}:{Guid.NewGuid():N}:";

    public async ValueTask DisposeAsync()
    {
        foreach (var container in containers)
        {
            await container.DisposeAsync();
        }
    }

    private static InfrastructureEndpoints? FromEnvironment()
    {
        var messaging = Environment.GetEnvironmentVariable("ConnectionStrings__messaging");
        var postgres = Environment.GetEnvironmentVariable("ConnectionStrings__postgres");
        var cache = Environment.GetEnvironmentVariable("ConnectionStrings__cache");
        if (string.IsNullOrWhiteSpace(messaging) || string.IsNullOrWhiteSpace(postgres) || string.IsNullOrWhiteSpace(cache))
        {
            return null;
        }

        var broker = new Uri(messaging);
        var management = Environment.GetEnvironmentVariable("RABBITMQ_MANAGEMENT_URL") is { Length: > 0 } url
            ? new Uri(url)
            : new UriBuilder("http", broker.Host, 15672) { UserName = broker.UserInfo.Split(':')[0], Password = broker.UserInfo.Split(':').ElementAtOrDefault(1) }.Uri;
        return new InfrastructureEndpoints(broker, postgres, cache, management, "environment (ConnectionStrings__*)");
    }

    private static InfrastructureEndpoints? FromLocalServers()
    {
        if (!PortOpen(5672) || !PortOpen(5432) || !PortOpen(6379) || !PortOpen(15672))
        {
            return null;
        }

        return new InfrastructureEndpoints(
            new Uri($"amqp://{LocalUser}:{LocalPassword}@127.0.0.1:5672/statistico"),
            $"Host=127.0.0.1;Port=5432;Username={LocalUser};Password={LocalPassword}",
            "127.0.0.1:6379",
            new Uri($"http://{LocalUser}:{LocalPassword}@127.0.0.1:15672"),
            "local servers (scripts/infra.sh)");
    }

    private async Task<InfrastructureEndpoints?> FromDockerAsync()
    {
        if (!DockerAnswers())
        {
            return null;
        }

        var rabbit = new RabbitMqBuilder("rabbitmq:3.13-management").WithUsername(LocalUser).WithPassword(LocalPassword).WithPortBinding(15672, true).Build();
        var postgres = new PostgreSqlBuilder("postgres:16").WithUsername(LocalUser).WithPassword(LocalPassword).Build();
        var redis = new RedisBuilder("redis:7").Build();
        containers.AddRange([rabbit, postgres, redis]);
        await Task.WhenAll(rabbit.StartAsync(), postgres.StartAsync(), redis.StartAsync());
        var management = new UriBuilder("http", rabbit.Hostname, rabbit.GetMappedPublicPort(15672)) { UserName = LocalUser, Password = LocalPassword }.Uri;
        var server = new Npgsql.NpgsqlConnectionStringBuilder(postgres.GetConnectionString()) { Database = null }.ConnectionString;
        return new InfrastructureEndpoints(new Uri(rabbit.GetConnectionString()), server, redis.GetConnectionString(), management, "Testcontainers");
    }

    private static bool PortOpen(int port)
    {
        try
        {
            using var client = new TcpClient();
            return client.ConnectAsync("127.0.0.1", port).Wait(TimeSpan.FromSeconds(1)) && client.Connected;
        }
        catch (AggregateException)
        {
            return false;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static bool DockerAnswers()
    {
        try
        {
            using var docker = Process.Start(new ProcessStartInfo("docker", "info --format {{.ServerVersion}}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (docker is null || !docker.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                docker?.Kill(entireProcessTree: true);
                return false;
            }

            return docker.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

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
/// Servers beyond loopback are refused unless <see cref="TestServerGuard.AllowVariable"/> names them, and each start
/// sweeps away what killed runs left behind (<see cref="LeftoverSweep"/>).
/// </summary>
public sealed class TestInfrastructure : IAsyncLifetime
{
    private const string ContainerUser = "statistico";
    private readonly List<IAsyncDisposable> containers = [];
    private InfrastructureEndpoints? endpoints;

    public InfrastructureEndpoints Endpoints =>
        endpoints ?? throw new InvalidOperationException("TestInfrastructure is used before InitializeAsync.");

    public async ValueTask InitializeAsync()
    {
        var found = FromEnvironment() ?? await FromDockerAsync() ?? FromLocalServers()
            ?? throw new InvalidOperationException(
                "No RabbitMQ/Postgres/Redis for integration tests. Run the tests with scripts/test.sh (it installs and starts " +
                "local servers and sets ConnectionStrings__messaging/postgres/cache), or start a Docker engine, or set those " +
                "environment variables to servers you run.");
        TestServerGuard.EnsureAllowed(found, Environment.GetEnvironmentVariable(TestServerGuard.AllowVariable));
        await LeftoverSweep.SweepAsync(found, DateTimeOffset.UtcNow);
        endpoints = found;
    }

    /// <summary>A fresh database on the test server, owned by the services' role, dropped when disposed.</summary>
    public Task<IsolatedDatabase> CreateDatabaseAsync(string purpose) =>
        IsolatedDatabase.CreateAsync(Endpoints.Postgres, Endpoints.PostgresAdmin, purpose);

    /// <summary>A fresh RabbitMQ virtual host, deleted when disposed.</summary>
    public Task<IsolatedVirtualHost> CreateVirtualHostAsync(string purpose) =>
        IsolatedVirtualHost.CreateAsync(Endpoints.Messaging, Endpoints.RabbitManagement, purpose);

    /// <summary>A Redis key prefix no other test uses, its keys deleted when disposed (marked and dated, so a killed run's are swept).</summary>
    public IsolatedKeyPrefix CreateKeyPrefix(string purpose) => IsolatedKeyPrefix.Create(Endpoints.Cache, purpose);

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

        // The admin credentials (scripts/infra.sh test-env) create and drop databases and vhosts; servers with one
        // all-powerful account (a CI service container) need only the connection strings.
        var broker = new Uri(messaging);
        var management = Environment.GetEnvironmentVariable("RABBITMQ_MANAGEMENT_URL") is { Length: > 0 } url
            ? new Uri(url)
            : new UriBuilder("http", broker.Host, 15672) { UserName = broker.UserInfo.Split(':')[0], Password = broker.UserInfo.Split(':').ElementAtOrDefault(1) }.Uri;
        var admin = Environment.GetEnvironmentVariable("STATISTICO_TEST_POSTGRES_ADMIN") is { Length: > 0 } adminConnection ? adminConnection : postgres;
        return new InfrastructureEndpoints(broker, postgres, cache, management, "environment (ConnectionStrings__*)", admin);
    }

    private static InfrastructureEndpoints? FromLocalServers()
    {
        if (!PortOpen(5672) || !PortOpen(5432) || !PortOpen(6379) || !PortOpen(15672))
        {
            return null;
        }

        var credentials = LocalCredentials.Read() ?? throw new InvalidOperationException(
            $"Local servers answer but {LocalCredentials.FilePath} (their credentials) does not exist: run scripts/infra.sh start.");
        return new InfrastructureEndpoints(
            new Uri($"amqp://{credentials.User}:{credentials.Password}@127.0.0.1:5672/statistico"),
            $"Host=127.0.0.1;Port=5432;Username={credentials.User};Password={credentials.Password}",
            "127.0.0.1:6379",
            new Uri($"http://{credentials.AdminUser}:{credentials.AdminPassword}@127.0.0.1:15672"),
            "local servers (scripts/infra.sh)",
            $"Host=127.0.0.1;Port=5432;Username={credentials.AdminUser};Password={credentials.AdminPassword}");
    }

    private async Task<InfrastructureEndpoints?> FromDockerAsync()
    {
        if (!DockerAnswers())
        {
            return null;
        }

        // Throwaway containers: a fresh random password each run, never a fixed one.
        var password = Guid.NewGuid().ToString("N");
        var rabbit = new RabbitMqBuilder("rabbitmq:3.13-management").WithUsername(ContainerUser).WithPassword(password).WithPortBinding(15672, true).Build();
        var postgres = new PostgreSqlBuilder("postgres:16").WithUsername(ContainerUser).WithPassword(password).Build();
        var redis = new RedisBuilder("redis:7").Build();
        containers.AddRange([rabbit, postgres, redis]);
        await Task.WhenAll(rabbit.StartAsync(), postgres.StartAsync(), redis.StartAsync());
        var management = new UriBuilder("http", rabbit.Hostname, rabbit.GetMappedPublicPort(15672)) { UserName = ContainerUser, Password = password }.Uri;
        var server = new Npgsql.NpgsqlConnectionStringBuilder(postgres.GetConnectionString()) { Database = null }.ConnectionString;
        return new InfrastructureEndpoints(new Uri(rabbit.GetConnectionString()), server, redis.GetConnectionString(), management, "Testcontainers", server);
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

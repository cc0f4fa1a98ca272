using System.Diagnostics;
using System.Net.Sockets;
using Statistico.Testing;

namespace Statistico.TestSuite.Tests;

/// <summary>
/// After scripts/infra.sh start, nothing of RabbitMQ (AMQP, management UI, Erlang distribution, epmd, the CLI tools'
/// own distribution port), Postgres or Redis listens beyond loopback: on a laptop on any network, anyone could
/// otherwise reach the broker's admin UI or, with the cookie, the node itself.
/// </summary>
[Trait("Category", "Integration")]
public sealed class LocalListenerTests(ITestOutputHelper output)
{
    private static readonly (int Port, string Server)[] Servers =
    [
        (5672, "RabbitMQ AMQP"), (15672, "RabbitMQ management"), (25672, "Erlang distribution (RabbitMQ)"),
        (4369, "epmd"), (5432, "PostgreSQL"), (6379, "Redis"),
    ];

    /// <summary>The servers' processes (/proc/PID/comm): the Erlang VM (node and CLI tools), epmd, Postgres, Redis.</summary>
    private static readonly string[] ServerProcesses = ["beam.smp", "epmd", "postgres", "redis-server"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void The_local_servers_listen_on_loopback_only()
    {
        EnsureRunning();

        var wide = ListeningSocket.ReadAll()
            .Where(socket => !socket.IsLoopback)
            .Join(Servers, socket => socket.Port, server => server.Port, (socket, server) => $"{server.Server} on {socket}")
            .ToList();

        Assert.True(wide.Count == 0,
            $"Listening beyond loopback: {string.Join(", ", wide)}. scripts/infra.sh start restarts servers started with a wider configuration.");
    }

    /// <summary>
    /// Not just the known ports: every socket the servers' processes listen on, whatever its port (a plugin's, a
    /// listener added by configuration). A process whose descriptors this user cannot read (Postgres run as its own user
    /// when the tests do not run as root) is named in the output; its known port is still checked above.
    /// </summary>
    [Fact]
    public void Every_socket_the_servers_processes_listen_on_is_loopback_whatever_its_port()
    {
        EnsureRunning();
        var owners = SocketOwners.Read(ServerProcesses);
        var notSeen = ServerProcesses.Where(name => !owners.Seen.Any(p => p.StartsWith(name + "(", StringComparison.Ordinal))).ToList();
        Assert.True(notSeen.Count == 0, $"No process named {string.Join(", ", notSeen)}: is it running under another name?");

        var held = ListeningSocket.ReadAll().Where(socket => owners.ByInode.ContainsKey(socket.Inode)).ToList();
        foreach (var socket in held)
        {
            output.WriteLine($"{owners.ByInode[socket.Inode]} listens on {socket}");
        }

        if (owners.Unreadable.Count > 0)
        {
            output.WriteLine($"descriptors not readable by this user: {string.Join(", ", owners.Unreadable)}");
        }

        // The node's own listeners must be among them when its process can be read: otherwise the match found nothing.
        if (!owners.Unreadable.Any(p => p.StartsWith("beam.smp(", StringComparison.Ordinal)))
        {
            Assert.Contains(held, socket => socket.Port == 5672);
        }

        var wide = held.Where(socket => !socket.IsLoopback).Select(socket => $"{owners.ByInode[socket.Inode]} on {socket}").ToList();
        Assert.True(wide.Count == 0, $"Listening beyond loopback: {string.Join(", ", wide)}.");
    }

    /// <summary>
    /// rabbitmqctl, rabbitmq-diagnostics and rabbitmq-plugins (which infra.sh runs many times per start) each start an
    /// Erlang VM that is a distributed node with a port of its own (35672–35682); Erlang binds it to every interface
    /// unless told otherwise. Run with infra.sh's environment, the CLI's port must be on loopback too.
    /// </summary>
    [Fact]
    public async Task A_rabbitmq_cli_tool_run_with_the_scripts_environment_listens_on_loopback_only()
    {
        EnsureRunning();
        var marker = $"listener_probe_{Guid.NewGuid():N}";
        var infra = Path.Combine(RepositoryRoot.Path, "scripts", "infra.sh");
        using var cli = Process.Start(new ProcessStartInfo("bash")
        {
            ArgumentList = { "-c", $"source '{infra}' && rabbitmqctl -q eval 'timer:sleep(8000), {marker}.'" },
            RedirectStandardError = true,
        })!;
        var stderr = cli.StandardError.ReadToEndAsync(Ct);
        try
        {
            // Evidence first: the CLI's node (named by the marker in its command line) holds a listening socket.
            var listening = await Eventually.GetAsync(
                () => Task.FromResult(CliSockets(marker)),
                sockets => sockets.Count > 0,
                TimeSpan.FromSeconds(30),
                "the rabbitmqctl VM to listen on its distribution port",
                Ct);
            foreach (var socket in listening)
            {
                output.WriteLine($"rabbitmqctl's VM listens on {socket}");
            }

            Assert.All(listening, socket => Assert.True(socket.IsLoopback, $"rabbitmqctl's VM listens on {socket}"));
            Assert.All(listening, socket => Assert.InRange(socket.Port, 35672, 35682));
        }
        finally
        {
            await cli.WaitForExitAsync(Ct);
            output.WriteLine(await stderr);
        }

        Assert.Equal(0, cli.ExitCode);
    }

    private static List<ListeningSocket> CliSockets(string marker)
    {
        var owners = SocketOwners.Read(["beam.smp"], marker);
        Assert.True(owners.Unreadable.Count == 0, $"cannot read the descriptors of {string.Join(", ", owners.Unreadable)}");
        return [.. ListeningSocket.ReadAll().Where(socket => owners.ByInode.ContainsKey(socket.Inode))];
    }

    private static void EnsureRunning()
    {
        var down = Servers.Where(s => s.Port is 5672 or 5432 or 6379 && !Answers(s.Port)).Select(s => s.Server).ToList();
        Assert.True(down.Count == 0, $"Not running on 127.0.0.1: {string.Join(", ", down)}. Start them with scripts/infra.sh start.");
    }

    private static bool Answers(int port)
    {
        try
        {
            using var client = new TcpClient();
            return client.ConnectAsync("127.0.0.1", port).Wait(TimeSpan.FromSeconds(2)) && client.Connected;
        }
        catch (AggregateException)
        {
            return false;
        }
    }
}

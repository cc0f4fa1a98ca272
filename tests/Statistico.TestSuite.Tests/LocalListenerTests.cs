using System.Net.Sockets;

namespace Statistico.TestSuite.Tests;

/// <summary>
/// After scripts/infra.sh start, nothing of RabbitMQ (AMQP, management UI, Erlang distribution, epmd), Postgres or
/// Redis listens beyond loopback: on a laptop on any network, anyone could otherwise reach the broker's admin UI.
/// </summary>
[Trait("Category", "Integration")]
public sealed class LocalListenerTests
{
    private static readonly (int Port, string Server)[] Servers =
    [
        (5672, "RabbitMQ AMQP"), (15672, "RabbitMQ management"), (25672, "Erlang distribution (RabbitMQ)"),
        (4369, "epmd"), (5432, "PostgreSQL"), (6379, "Redis"),
    ];

    [Fact]
    public void The_local_servers_listen_on_loopback_only()
    {
        var down = Servers.Where(s => s.Port is 5672 or 5432 or 6379 && !Answers(s.Port)).Select(s => s.Server).ToList();
        Assert.True(down.Count == 0, $"Not running on 127.0.0.1: {string.Join(", ", down)}. Start them with scripts/infra.sh start.");

        var wide = ListeningSocket.ReadAll()
            .Where(socket => !socket.IsLoopback)
            .Join(Servers, socket => socket.Port, server => server.Port, (socket, server) => $"{server.Server} on {socket}")
            .ToList();

        Assert.True(wide.Count == 0,
            $"Listening beyond loopback: {string.Join(", ", wide)}. scripts/infra.sh start restarts servers started with a wider configuration.");
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

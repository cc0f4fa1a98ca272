using System.Net;

namespace Statistico.TestSuite.Tests;

[Trait("Category", "Unit")]
public sealed class ListeningSocketTests
{
    // Real lines of this machine's /proc/net/tcp and tcp6 (RabbitMQ's management UI on every interface, AMQP on loopback).
    private static readonly string[] Tcp =
    [
        "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
        "   0: 00000000:3D38 00000000:0000 0A 00000000:00000000 00:00000000 00000000   104        0 8040 1 000000006b6e2781 100 0 0 10 0",
        "   1: 0100007F:1628 00000000:0000 0A 00000000:00000000 00:00000000 00000000   104        0 6533 1 00000000788db741 100 0 0 10 0",
        "   2: 0100007F:A3DA 0100007F:1628 01 00000000:00000000 00:00000000 00000000     0        0 0 3 0000000046143dd9",
    ];

    private static readonly string[] Tcp6 =
    [
        "  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
        "   0: 00000000000000000000000000000000:1111 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000   104        0 6570 1 00000000a91f2584 100 0 0 10 0",
        "   1: 00000000000000000000000001000000:1111 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000   104        0 6571 1 00000000a91f2584 100 0 0 10 0",
        "   2: 0000000000000000FFFF00000100007F:18EB 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 6572 1 00000000a91f2584 100 0 0 10 0",
    ];

    [Fact]
    public void Listening_sockets_read_with_their_address_and_port_and_connections_are_ignored()
    {
        var sockets = ListeningSocket.Parse(Tcp).ToList();

        Assert.Equal([new ListeningSocket(IPAddress.Any, 15672, 8040), new ListeningSocket(IPAddress.Loopback, 5672, 6533)], sockets);
        Assert.False(sockets[0].IsLoopback);
        Assert.True(sockets[1].IsLoopback);
    }

    [Fact]
    public void Ipv6_any_is_not_loopback_and_ipv6_or_ipv4_mapped_loopback_is()
    {
        var sockets = ListeningSocket.Parse(Tcp6).ToList();

        Assert.Equal([4369, 4369, 6379], sockets.Select(s => s.Port));
        Assert.Equal([IPAddress.IPv6Any, IPAddress.IPv6Loopback, IPAddress.Parse("::ffff:127.0.0.1")], sockets.Select(s => s.Address));
        Assert.Equal([false, true, true], sockets.Select(s => s.IsLoopback));
    }
}

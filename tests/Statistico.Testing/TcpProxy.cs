using System.Net;
using System.Net.Sockets;

namespace Statistico.Testing;

/// <summary>
/// A loopback TCP proxy for fault injection: <see cref="Cut"/> drops every connection and refuses new ones (the
/// server "dies" for the client), <see cref="Restore"/> lets traffic through again. The real server is untouched,
/// so other tests sharing it are not disturbed.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly IPEndPoint target;
    private readonly CancellationTokenSource stopping = new();
    private readonly List<TcpClient> open = [];
    private readonly Lock gate = new();
    private TcpListener? listener;
    private Task accepting = Task.CompletedTask;

    public TcpProxy(string targetHost, int targetPort)
    {
        target = new IPEndPoint(Dns.GetHostAddresses(targetHost).First(a => a.AddressFamily == AddressFamily.InterNetwork), targetPort);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Restore();
    }

    /// <summary>The loopback port clients connect to.</summary>
    public int Port { get; }

    public bool IsCut { get; private set; }

    /// <summary>Closes every proxied connection and stops listening.</summary>
    public void Cut()
    {
        lock (gate)
        {
            IsCut = true;
            listener?.Stop();
            listener = null;
            foreach (var client in open)
            {
                client.Client?.Close(0);
                client.Dispose();
            }

            open.Clear();
        }
    }

    /// <summary>Listens again on the same port.</summary>
    public void Restore()
    {
        lock (gate)
        {
            IsCut = false;
            var next = new TcpListener(IPAddress.Loopback, Port);
            next.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            next.Start();
            listener = next;
            accepting = AcceptAsync(next);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        Cut();
        try
        {
            await accepting;
        }
        catch (OperationCanceledException)
        {
            // stopping
        }

        stopping.Dispose();
    }

    private async Task AcceptAsync(TcpListener from)
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await from.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return; // cut
            }

            var upstream = new TcpClient();
            try
            {
                await upstream.ConnectAsync(target, stopping.Token);
            }
            catch (SocketException)
            {
                client.Dispose();
                upstream.Dispose();
                continue;
            }

            lock (gate)
            {
                open.Add(client);
                open.Add(upstream);
            }

            _ = PumpAsync(client, upstream);
            _ = PumpAsync(upstream, client);
        }
    }

    private async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), stopping.Token);
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // a side closed, or the proxy was cut
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}

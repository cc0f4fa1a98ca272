using System.Net;
using System.Net.Sockets;

namespace Statistico.Cli.Tests.Support;

/// <summary>A loopback URL on a port that was free a moment ago: connecting is refused.</summary>
internal static class ClosedPort
{
    public static string Url()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/";
    }
}

using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Statistico.AppHost.Infrastructure;

/// <summary>
/// A local server is ready when <c>scripts/infra.sh run</c> has written its ready file (the server answered and
/// its roles, virtual host and permissions exist) and its port still accepts connections.
/// </summary>
public sealed class LocalServerReadyCheck(string readyFile, int port) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(readyFile))
        {
            return HealthCheckResult.Unhealthy($"waiting for {readyFile}");
        }

        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (SocketException exception)
        {
            return HealthCheckResult.Unhealthy($"127.0.0.1:{port} refuses connections", exception);
        }
    }
}

using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Statistico.Betfair.Streaming;

namespace Statistico.Simulator.Streaming;

/// <summary>
/// The Exchange Stream API endpoint (ADR 1000): TLS over TCP on <see cref="StreamServerOptions.Port"/>, one
/// <see cref="StreamSession"/> per connection. Binds in <see cref="StartAsync"/>, so <see cref="Port"/> is known once
/// the host has started.
/// </summary>
public sealed partial class StreamServer(IServiceProvider services, IOptions<StreamServerOptions> options, ILogger<StreamServer> logger) : BackgroundService
{
    private TcpListener? listener;
    private int connections;
    private long nextConnection;

    /// <summary>The bound port (the chosen one when configured as 0).</summary>
    public int Port { get; private set; }

    /// <summary>The certificate served: clients pin or trust it.</summary>
    public X509Certificate2? Certificate { get; private set; }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        Certificate = StreamCertificate.Create(settings);
        if (settings.CertificateExportPath is { Length: > 0 } path)
        {
            // Written beside and moved into place: a client reading the file while it is written sees the whole
            // certificate or no file (then it retries), never half of one.
            var partial = path + ".partial";
            await File.WriteAllTextAsync(partial, Certificate.ExportCertificatePem(), cancellationToken);
            File.Move(partial, path, overwrite: true);
        }

        listener = new TcpListener(IPAddress.Parse(settings.BindAddress), settings.Port);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        LogListening(Port, Certificate.Thumbprint);
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        listener?.Stop();
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        listener?.Dispose();
        Certificate?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener!.AcceptTcpClientAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                break;
            }

            _ = Task.Run(() => ServeAsync(client, stoppingToken), stoppingToken);
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken stoppingToken)
    {
        var id = $"sim-{Interlocked.Increment(ref nextConnection)}";
        var open = Interlocked.Increment(ref connections);
        try
        {
            client.NoDelay = true;
            await using var tls = new SslStream(client.GetStream(), leaveInnerStreamOpen: false);
            using var handshake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            handshake.CancelAfter(options.Value.RequestTimeout);
            await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
            {
                ServerCertificate = Certificate, EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13, ClientCertificateRequired = false,
            }, handshake.Token);
            using var session = ActivatorUtilities.CreateInstance<StreamSession>(
                services, tls, id, (Func<int>)(() => Math.Max(0, options.Value.MaxConnections - Volatile.Read(ref connections))));
            if (open > options.Value.MaxConnections)
            {
                await session.SendAsync(new StreamResponse { Op = StreamOps.Connection, ConnectionId = id }, stoppingToken);
                await session.SendAsync(new StreamResponse
                {
                    Op = StreamOps.Status, StatusCode = "FAILURE", ErrorCode = StreamErrorCodes.MaxConnectionLimitExceeded,
                    ErrorMessage = $"at most {options.Value.MaxConnections} connections", ConnectionClosed = true,
                }, stoppingToken);
                return;
            }

            await session.RunAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is IOException or AuthenticationException or OperationCanceledException or ObjectDisposedException)
        {
            LogDropped(id, exception.GetType().Name);
        }
        finally
        {
            Interlocked.Decrement(ref connections);
            client.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Exchange Stream API listening on port {Port} (TLS certificate {Thumbprint})")]
    private partial void LogListening(int port, string thumbprint);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stream connection {ConnectionId} dropped ({Reason})")]
    private partial void LogDropped(string connectionId, string reason);
}

using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Statistico.Simulator.Tests.ThirdPartyClient;

/// <summary>
/// Where Betfair's hosts lead, for a client that names them in its code (every Node client on npm does): an HTTP
/// CONNECT proxy on loopback that answers for those hosts itself, with a certificate from a CA made here (the client
/// trusts it through NODE_EXTRA_CA_CERTS), and hands the decrypted HTTP to the Simulator's port. Any other host is
/// refused, so a session can never reach the real exchange. The client stays unchanged: HTTPS_PROXY is the only
/// setting, the same a user would give it for a TLS-intercepting proxy.
/// </summary>
internal sealed class BetfairHostsProxy : IAsyncDisposable
{
    private static readonly string[] BetfairHosts =
    [
        "identitysso.betfair.com", "identitysso-api.betfair.com", "identitysso-cert.betfair.com", "api.betfair.com",
        "identitysso.betfair.com.au", "identitysso-api.betfair.com.au", "api.betfair.com.au",
    ];

    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly X509Certificate2 serverCertificate;
    private readonly int simulatorPort;
    private readonly Task accepting;

    public BetfairHostsProxy(int simulatorPort, string caPath)
    {
        this.simulatorPort = simulatorPort;
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=Statistico test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        var now = DateTimeOffset.UtcNow;
        using var ca = caRequest.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        File.WriteAllText(caPath, ca.ExportCertificatePem());

        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=api.betfair.com", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        foreach (var host in BetfairHosts)
        {
            names.AddDnsName(host);
        }

        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var signed = request.Create(ca, now.AddMinutes(-5), now.AddDays(1), RandomNumberGenerator.GetBytes(8));
        using var withKey = signed.CopyWithPrivateKey(key);
        serverCertificate = X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);

        listener.Start();
        accepting = AcceptAsync();
    }

    public Uri Address => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");

    /// <summary>Every host a client asked to reach, in order, refused ones included.</summary>
    public ConcurrentQueue<string> Requested { get; } = new();

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = Task.Run(() => TunnelAsync(client));
        }
    }

    private async Task TunnelAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            var head = await ReadHeadAsync(stream);
            var target = head.Split(' ') is ["CONNECT", var authority, ..] ? authority : "";
            var host = target.Split(':')[0];
            Requested.Enqueue(host);
            if (!BetfairHosts.Contains(host, StringComparer.OrdinalIgnoreCase))
            {
                await stream.WriteAsync("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n"u8.ToArray(), stop.Token);
                return;
            }

            await stream.WriteAsync("HTTP/1.1 200 Connection established\r\n\r\n"u8.ToArray(), stop.Token);
            await using var tls = new SslStream(stream);
            await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = serverCertificate }, stop.Token);
            using var simulator = new TcpClient();
            await simulator.ConnectAsync(IPAddress.Loopback, simulatorPort, stop.Token);
            var upstream = simulator.GetStream();
            // Either side closing ends the tunnel.
            await Task.WhenAny(tls.CopyToAsync(upstream, stop.Token), upstream.CopyToAsync(tls, stop.Token));
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or System.Security.Authentication.AuthenticationException)
        {
            // A client that went away mid-tunnel: nothing to hand on.
        }
    }

    /// <summary>The CONNECT request's head, read byte by byte so nothing of the TLS handshake after it is consumed.</summary>
    private async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && head.Length < 8192)
        {
            if (await stream.ReadAsync(one, stop.Token) == 0)
            {
                break;
            }

            head.Append((char)one[0]);
        }

        return head.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await accepting;
        serverCertificate.Dispose();
        stop.Dispose();
    }
}

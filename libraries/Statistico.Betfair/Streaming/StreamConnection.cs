using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;

namespace Statistico.Betfair.Streaming;

/// <summary>
/// One TLS connection to an Exchange Stream API endpoint: CRLF-terminated JSON lines each way. Reads wait at most an
/// idle timeout (a dead connection is noticed by missing heartbeats, not by TCP).
/// </summary>
public sealed class StreamConnection : IAsyncDisposable
{
    private readonly TcpClient tcp;
    private readonly SslStream tls;
    private readonly StreamReader reader;
    private readonly SemaphoreSlim writes = new(1, 1);

    private StreamConnection(TcpClient tcp, SslStream tls)
    {
        this.tcp = tcp;
        this.tls = tls;
        reader = new StreamReader(tls, Encoding.UTF8, false, 64 * 1024, leaveOpen: true);
    }

    public static async Task<StreamConnection> OpenAsync(BetfairStreamOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var tcp = new TcpClient { NoDelay = true };
        try
        {
            await tcp.ConnectAsync(options.Host, options.Port, cancellationToken);
            var pinned = options.TrustedCertificatePath is { Length: > 0 } path
                ? X509Certificate2.CreateFromPem(await File.ReadAllTextAsync(path, cancellationToken))
                : null;
            var tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = options.Host,
                RemoteCertificateValidationCallback = (_, certificate, _, errors) => pinned is null
                    ? errors == SslPolicyErrors.None
                    : certificate is not null && Pinned(pinned, certificate),
            }, cancellationToken);
            return new StreamConnection(tcp, tls);
        }
        catch
        {
            tcp.Dispose();
            throw;
        }
    }

    public async Task SendAsync(StreamRequest request, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.SerializeToUtf8Bytes(request, StreamJson.Options);
        await writes.WaitAsync(cancellationToken);
        try
        {
            await tls.WriteAsync(line, cancellationToken);
            await tls.WriteAsync("\r\n"u8.ToArray(), cancellationToken);
            await tls.FlushAsync(cancellationToken);
        }
        finally
        {
            writes.Release();
        }
    }

    /// <summary>The next message; null when the server closed the connection; <see cref="TimeoutException"/> after <paramref name="idle"/> of silence.</summary>
    public async Task<StreamResponse?> ReadAsync(TimeSpan idle, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(idle);
        string? line;
        try
        {
            line = await reader.ReadLineAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"no message from the stream for {idle}");
        }

        return line is null ? null : JsonSerializer.Deserialize<StreamResponse>(line, StreamJson.Options);
    }

    /// <summary>Cuts the connection at once, as a network failure would.</summary>
    public void Abort() => tcp.Client.Close(0);

    public async ValueTask DisposeAsync()
    {
        reader.Dispose();
        await tls.DisposeAsync();
        tcp.Dispose();
        writes.Dispose();
    }

    private static bool Pinned(X509Certificate2 pinned, X509Certificate presented) =>
        CryptographicOperations.FixedTimeEquals(pinned.GetCertHash(HashAlgorithmName.SHA256), presented.GetCertHash(HashAlgorithmName.SHA256));
}

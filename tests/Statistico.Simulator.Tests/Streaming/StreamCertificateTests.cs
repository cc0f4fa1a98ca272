using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Statistico.Simulator.Streaming;

namespace Statistico.Simulator.Tests.Streaming;

/// <summary>
/// The stream endpoint's certificate from a PEM certificate and key (a Kubernetes TLS Secret's tls.crt and tls.key, as
/// the chart's demo mounts it): served with its private key, and exactly the certificate clients pin.
/// </summary>
[Trait("Category", "Unit")]
public sealed class StreamCertificateTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("statistico-stream-certificate-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_pem_certificate_and_key_are_served_as_given_with_the_private_key()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=statistico-simulator", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var certificatePath = Path.Combine(folder, "tls.crt");
        var keyPath = Path.Combine(folder, "tls.key");
        File.WriteAllText(certificatePath, made.ExportCertificatePem());
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());

        using var served = StreamCertificate.Create(new StreamServerOptions { CertificatePath = certificatePath, CertificateKeyPath = keyPath });

        Assert.True(served.HasPrivateKey);
        Assert.Equal(made.GetCertHash(HashAlgorithmName.SHA256), served.GetCertHash(HashAlgorithmName.SHA256));
        // What a client pins (the public PEM) is the certificate served.
        using var pinned = X509Certificate2.CreateFromPem(File.ReadAllText(certificatePath));
        Assert.Equal(pinned.GetCertHash(HashAlgorithmName.SHA256), served.GetCertHash(HashAlgorithmName.SHA256));
    }

    [Fact]
    public void Without_a_configured_certificate_a_self_signed_one_is_made_for_the_host_names()
    {
        using var served = StreamCertificate.Create(new StreamServerOptions { HostNames = ["world-simulator"] });

        Assert.True(served.HasPrivateKey);
        Assert.Contains("CN=world-simulator", served.Subject, StringComparison.Ordinal);
    }
}

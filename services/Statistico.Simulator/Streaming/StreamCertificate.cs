using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Statistico.Simulator.Streaming;

/// <summary>
/// The stream endpoint's certificate: a configured PFX, a configured PEM certificate and key (a Kubernetes TLS Secret's
/// tls.crt and tls.key), or a self-signed one made at start (RSA 2048, one year, server
/// authentication, the configured host names plus loopback addresses). Clients pin it (see the Simulator README).
/// </summary>
public static class StreamCertificate
{
    public static X509Certificate2 Create(StreamServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.CertificatePath) && !string.IsNullOrWhiteSpace(options.CertificateKeyPath))
        {
            using var pem = X509Certificate2.CreateFromPemFile(options.CertificatePath, options.CertificateKeyPath);
            // As below: a PKCS#12 round trip gives a key SslStream can use on every platform.
            return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
        }

        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword);
        }

        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={options.HostNames.FirstOrDefault() ?? "localhost"}, O=Statistico Simulator", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        foreach (var host in options.HostNames)
        {
            names.AddDnsName(host);
        }

        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var now = DateTimeOffset.UtcNow;
        using var made = request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(1));
        // A PKCS#12 round trip gives a certificate whose private key SslStream can use on every platform.
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pkcs12), null);
    }
}

using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Statistico.AppHost.Settings;
using Statistico.Testing;

namespace Statistico.AppHost.Tests;

/// <summary>
/// ADR 1013 running under Aspire, the Simulator alone (the other services taken out of the model so this stays a
/// small start): its stream endpoint is reachable through Aspire's proxy, it exports its certificate to the run's file,
/// and what the endpoint presents is exactly that certificate, which is what the checker and the Trader pin.
/// </summary>
[Trait("Category", "System")]
[Collection(AppHostSerialGroup.Name)]
public sealed class SimulatorStreamEndpointTests(TestInfrastructure infrastructure)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task The_Simulators_stream_answers_through_its_endpoint_with_the_exported_certificate()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var simulatorDatabase = await infrastructure.CreateDatabaseAsync("apphost-stream-simulator");
        var endpoints = infrastructure.Endpoints;
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Statistico_AppHost>(
            [
                "Infrastructure:Mode=external",
                "ConnectionStrings:messaging=amqp://guest:guest@127.0.0.1:9/",
                $"ConnectionStrings:postgres={endpoints.Postgres}",
                $"ConnectionStrings:cache={endpoints.Cache}",
                $"ConnectionStrings:simulator={simulatorDatabase.ConnectionString}",
            ],
            ct);
        foreach (var other in builder.Resources.OfType<ProjectResource>().Where(r => r.Name != "world-simulator").ToList())
        {
            builder.Resources.Remove(other);
        }

        var simulator = builder.Resources.OfType<ProjectResource>().Single();
        var certificatePath = (string)(await AppHostModel.EnvironmentOfAsync(simulator))["Simulator__Stream__CertificateExportPath"];
        try
        {
            await using var app = await builder.BuildAsync(ct).WaitAsync(StartTimeout, ct);
            await app.StartAsync(ct).WaitAsync(StartTimeout, ct);
            await app.ResourceNotifications.WaitForResourceHealthyAsync("world-simulator", ct).WaitAsync(StartTimeout, ct);
            await Eventually.UntilAsync(() => Task.FromResult(File.Exists(certificatePath)), TimeSpan.FromSeconds(30), "the exported certificate", ct);
            using var exported = X509Certificate2.CreateFromPem(await File.ReadAllTextAsync(certificatePath, ct));

            var endpoint = simulator.GetEndpoint(ExchangeWiring.StreamEndpointName);
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(endpoint.Host, endpoint.Port, ct);
            byte[]? presented = null;
            await using var tls = new SslStream(tcp.GetStream());
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = endpoint.Host,
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                {
                    presented = certificate?.GetCertHash(HashAlgorithmName.SHA256);
                    return presented is not null;
                },
            }, ct);
            using var reader = new StreamReader(tls);
            var first = await reader.ReadLineAsync(ct).AsTask().WaitAsync(TimeSpan.FromSeconds(15), ct);

            Assert.Equal(exported.GetCertHash(HashAlgorithmName.SHA256), presented);
            Assert.Contains("\"op\":\"connection\"", first, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(certificatePath);
        }
    }
}

using System.Security.Cryptography;

namespace Statistico.AppHost.Settings;

/// <summary>
/// The gateway's API key for a local run, a secret parameter (masked on the dashboard, ADR 0703) read from
/// <c>AppHost:GatewayApiKey</c>. ./scripts/run.sh makes one so its banner can print the web UI's address with it; a bare
/// AppHost run makes its own and prints that address once.
/// </summary>
internal static class GatewayKey
{
    public const string Setting = "AppHost:GatewayApiKey";

    public static IResourceBuilder<ParameterResource> Parameter(IDistributedApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration[Setting]))
        {
            var made = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            builder.Configuration[Setting] = made;
            Console.WriteLine($"[apphost] Web UI: http://localhost:5170/#key={made}  (set {Setting} to choose the key)");
        }

        return SecretSettings.Parameter(builder, Setting);
    }
}

using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Statistico.AppHost.Infrastructure;

/// <summary>Chooses the infrastructure mode from <c>Infrastructure:Mode</c>, or detects one when it is <c>auto</c>.</summary>
public static class InfrastructureModeResolver
{
    public const string ModeKey = "Infrastructure:Mode";

    public static readonly IReadOnlyList<string> ExternalConnectionStrings = ["messaging", "postgres", "cache"];

    public static InfrastructureMode Resolve(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[ModeKey];
        var mode = InfrastructureMode.Auto;
        if (!string.IsNullOrWhiteSpace(configured) && !Enum.TryParse(configured, ignoreCase: true, out mode))
        {
            throw new InvalidOperationException(
                $"{ModeKey} is '{configured}'; use auto, containers, local or external.");
        }

        return mode switch
        {
            InfrastructureMode.Auto => Detect(configuration),
            InfrastructureMode.Containers when !DockerAnswers() => throw NoInfrastructure(
                "Infrastructure:Mode is containers but no Docker engine answers (`docker info` failed)."),
            InfrastructureMode.Local when LocalServers.Missing() is { Count: > 0 } missing => throw NoInfrastructure(
                $"Infrastructure:Mode is local but these packages are missing: {string.Join(", ", missing)}."),
            _ => mode,
        };
    }

    private static InfrastructureMode Detect(IConfiguration configuration)
    {
        if (ExternalConnectionStrings.All(name => !string.IsNullOrWhiteSpace(configuration.GetConnectionString(name))))
        {
            return InfrastructureMode.External;
        }

        if (DockerAnswers())
        {
            return InfrastructureMode.Containers;
        }

        var missing = LocalServers.Missing();
        return missing.Count == 0
            ? InfrastructureMode.Local
            : throw NoInfrastructure($"No Docker engine answers and these packages are missing: {string.Join(", ", missing)}.");
    }

    private static InvalidOperationException NoInfrastructure(string reason) => new(
        reason + Environment.NewLine +
        "Statistico needs RabbitMQ, PostgreSQL and Redis. Any one of these gives them:" + Environment.NewLine +
        "  - run `scripts/infra.sh install` (Debian/Ubuntu: apt-get install rabbitmq-server postgresql redis-server);" + Environment.NewLine +
        "  - start a Docker engine (Aspire then runs them as containers);" + Environment.NewLine +
        "  - set ConnectionStrings__messaging, ConnectionStrings__postgres and ConnectionStrings__cache to servers you run.");

    /// <summary>True when a Docker engine answers within a few seconds (a client alone is not enough).</summary>
    private static bool DockerAnswers()
    {
        try
        {
            using var docker = Process.Start(new ProcessStartInfo("docker", "info --format {{.ServerVersion}}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (docker is null)
            {
                return false;
            }

            if (!docker.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                docker.Kill(entireProcessTree: true);
                return false;
            }

            return docker.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no docker client at all
        }
    }
}

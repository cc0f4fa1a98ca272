using System.Text.Json.Serialization;

namespace Statistico.Cli.Status;

/// <summary>The whole platform at one moment: the world clock (null when the Simulator did not say) and every service.</summary>
public sealed record PlatformStatus(DateTimeOffset At, WorldClock? World, IReadOnlyList<ServiceStatus> Services)
{
    /// <summary>True when every service's <c>/health</c> answered 200.</summary>
    public bool Healthy => Services.All(s => s.Health == ServiceHealth.Healthy);

    /// <summary>0 when every service is healthy, else 1.</summary>
    [JsonIgnore]
    public int ExitCode => Healthy ? 0 : 1;
}

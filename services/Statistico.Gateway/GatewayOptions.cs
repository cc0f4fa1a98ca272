using System.ComponentModel.DataAnnotations;

namespace Statistico.Gateway;

/// <summary>The gateway's settings (section <c>Gateway</c>).</summary>
internal sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>
    /// The keys a caller may present in <c>X-Api-Key</c>. Several, so a key can be rotated without downtime (add the new
    /// one, move the callers, remove the old). Required: a gateway without keys would serve every trade to anyone.
    /// </summary>
    [Required, MinLength(1, ErrorMessage = "Gateway:ApiKeys needs at least one key (environment variable Gateway__ApiKeys__0).")]
    public List<string> ApiKeys { get; init; } = [];

    /// <summary>How often the event stream asks the services for their summaries (it sends only what changed).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan SummaryInterval { get; init; } = TimeSpan.FromSeconds(2);
}

using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Statistico.Messaging.Bus;

/// <summary>
/// The prefix of a service's queue names. Queue names come from consumer class names, so two services with a
/// <c>FixtureResultedConsumer</c> would share one queue and each get half of the messages (found by the Odds Compiler's
/// system test). <c>Messaging:EndpointPrefix</c> names it; when unset, a Statistico service's own name stands in
/// (application <c>Statistico.OddsWarehouse</c> → <c>odds-warehouse</c>), so a new service cannot forget it.
/// </summary>
public static partial class EndpointPrefix
{
    private const string ServicePrefix = "Statistico.";

    /// <summary>The configured prefix; else the kebab-case service name; else none (hosts that are not a service).</summary>
    public static string? For(MessagingOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!string.IsNullOrWhiteSpace(options.EndpointPrefix))
        {
            return options.EndpointPrefix;
        }

        var application = configuration[HostDefaults.ApplicationKey];
        return application is { Length: > 0 } && application.StartsWith(ServicePrefix, StringComparison.Ordinal)
            ? FromServiceName(application[ServicePrefix.Length..])
            : null;
    }

    /// <summary><c>OddsWarehouse</c> → <c>odds-warehouse</c>; dots become dashes.</summary>
    public static string FromServiceName(string name) =>
        WordBoundary().Replace(name.Replace('.', '-'), "$1-$2").ToLowerInvariant();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex WordBoundary();
}

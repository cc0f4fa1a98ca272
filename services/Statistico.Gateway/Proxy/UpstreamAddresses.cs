using Statistico.ServiceDefaults;

namespace Statistico.Gateway.Proxy;

/// <summary>
/// The address of each configured upstream. A service left unconfigured is not routed (its paths answer 404), so a
/// cluster may run without, say, Ratings; the gateway says at start which it routes.
/// </summary>
internal sealed class UpstreamAddresses(IReadOnlyDictionary<Upstream, Uri> addresses)
{
    public IReadOnlyDictionary<Upstream, Uri> Configured => addresses;

    public Uri? Of(Upstream upstream) => addresses.GetValueOrDefault(upstream);

    public static UpstreamAddresses From(IConfiguration configuration) => new(Upstream.All
        .Where(upstream => !string.IsNullOrWhiteSpace(configuration[upstream.UrlKey]))
        .ToDictionary(upstream => upstream, upstream => configuration.RequiredUrl(upstream.UrlKey)));
}

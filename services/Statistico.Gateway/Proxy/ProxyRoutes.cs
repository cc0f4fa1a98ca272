using Statistico.Gateway.Security;
using Yarp.ReverseProxy.Configuration;

namespace Statistico.Gateway.Proxy;

/// <summary>YARP's routes and clusters for the configured upstreams: read-only, key-checked, the key not passed on.</summary>
internal static class ProxyRoutes
{
    /// <summary>Reads only: the gateway serves the web UI, which changes nothing; writes go to the service itself.</summary>
    private static readonly string[] ReadMethods = ["GET", "HEAD"];

    public static IReadOnlyList<RouteConfig> Routes(UpstreamAddresses addresses) => addresses.Configured.Keys
        .Select(upstream => new RouteConfig
        {
            RouteId = upstream.Prefix,
            ClusterId = upstream.Prefix,
            AuthorizationPolicy = ApiKeyDefaults.Policy,
            Match = new RouteMatch { Path = $"/api/{upstream.Prefix}/{{**rest}}", Methods = ReadMethods },
            Transforms =
            [
                new Dictionary<string, string> { ["PathPattern"] = "/api/{**rest}" },
                // The caller's key is the gateway's business: services never see it (nor log it).
                new Dictionary<string, string> { ["RequestHeaderRemove"] = ApiKeyDefaults.HeaderName },
            ],
        })
        .ToList();

    public static IReadOnlyList<ClusterConfig> Clusters(UpstreamAddresses addresses) => addresses.Configured
        .Select(entry => new ClusterConfig
        {
            ClusterId = entry.Key.Prefix,
            Destinations = new Dictionary<string, DestinationConfig>
            {
                [entry.Key.Prefix] = new() { Address = entry.Value.ToString() },
            },
        })
        .ToList();
}

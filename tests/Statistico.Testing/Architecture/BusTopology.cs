using System.Text.Json;
using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Statistico.Testing.Architecture;

/// <summary>
/// What a service's bus actually consumes: the service's own registrations are built into a bus (never started, so no
/// broker is needed) and MassTransit's probe of it is read: every receive endpoint with the message types it dispatches
/// to a consumer or saga, and the message-type exchanges bound to its queue, exactly as the bus would declare them.
/// </summary>
public static class BusTopology
{
    private const string StatisticoPrefix = "Statistico.";
    private const string ConsumeContextPrefix = "MassTransit.ConsumeContext<";

    /// <summary>
    /// The Statistico messages (<c>Namespace.Type</c> without the leading <c>Statistico.</c>: contracts and a service's
    /// own internal messages; MassTransit's scheduler messages are left out) a service consumes, by queue.
    /// </summary>
    public static IReadOnlyList<ConsumedMessage> ConsumedBy(
        string applicationName, string databaseName, Action<IHostApplicationBuilder> addApplicationServices, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(addApplicationServices);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = applicationName,
            EnvironmentName = Environments.Production,
            DisableDefaults = true,
        });
        // Connection strings only have to parse: nothing connects while the bus is built but not started.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = "amqp://topology:topology@127.0.0.1:5672/topology",
            [$"ConnectionStrings:{databaseName}"] = "Host=127.0.0.1;Database=topology;Username=topology;Password=topology",
            ["ConnectionStrings:cache"] = "127.0.0.1:6379",
            // The peers a service calls over HTTP are required settings; nothing calls them here.
            ["FootballData:BaseUrl"] = "http://127.0.0.1:1/",
            ["Ratings:BaseUrl"] = "http://127.0.0.1:1/",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        addApplicationServices(builder);
        // Not disposed: MassTransit keeps the first bus's logger factory in a static log context, and a second bus built
        // in the same process after that factory was disposed fails. The host is never started, so it holds nothing open.
        var host = builder.Build();
        var probe = host.Services.GetRequiredService<IBusControl>().GetProbeResult();
        var tree = JsonSerializer.SerializeToNode(probe.Results)!;
        return Many(tree["bus"]?["host"]?["receiveEndpoint"])
            .SelectMany(Consumed)
            .Distinct()
            .OrderBy(c => c.Message, StringComparer.Ordinal).ThenBy(c => c.Queue, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The Statistico messages an endpoint dispatches to a consumer or saga, and whether their exchange is bound to it.</summary>
    private static IEnumerable<ConsumedMessage> Consumed(JsonNode endpoint)
    {
        var queue = endpoint["name"]!.GetValue<string>();
        var bound = Many(endpoint["receiveTransport"]?["topology"]?["exchange-binding"])
            .Select(binding => binding["source"]!.GetValue<string>().Replace(':', '.'))
            .ToHashSet(StringComparer.Ordinal);
        return Descendants(endpoint)
            .Where(node => node["filterType"]?.GetValue<string>() == "dispatchPipe")
            .Select(node => node["outputType"]!.GetValue<string>())
            .Where(output => output.StartsWith(ConsumeContextPrefix + StatisticoPrefix, StringComparison.Ordinal))
            .Select(output => output[ConsumeContextPrefix.Length..^1])
            .Select(type => new ConsumedMessage(type[StatisticoPrefix.Length..], queue, bound.Contains(type) ? Delivery.Publish : Delivery.Send));
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode node)
    {
        var children = node switch
        {
            JsonObject obj => obj.Select(property => property.Value),
            JsonArray array => array.AsEnumerable(),
            _ => [],
        };
        if (node is JsonObject self)
        {
            yield return self;
        }

        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    /// <summary>The probe writes one child as an object and several as an array.</summary>
    private static IEnumerable<JsonNode> Many(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => array.OfType<JsonNode>(),
        _ => [node],
    };
}

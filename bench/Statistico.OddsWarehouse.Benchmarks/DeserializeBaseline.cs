using System.Diagnostics;
using System.Text.Json;
using Statistico.Contracts.Odds;

namespace Statistico.OddsWarehouse.Benchmarks;

/// <summary>
/// The CPU floor of reading the bodies: System.Text.Json turning the same envelopes into messages on one thread, the
/// work MassTransit must do for every message before any consumer runs.
/// </summary>
internal static class DeserializeBaseline
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Measurement Run(IReadOnlyList<(Guid MessageId, byte[] Body)> bodies, long rowsPerMessage) => Run(bodies, rowsPerMessage, Json);

    /// <summary>The same with MassTransit's serializer options (its converters for interfaces and collections).</summary>
    public static Measurement RunWithMassTransitOptions(IReadOnlyList<(Guid MessageId, byte[] Body)> bodies, long rowsPerMessage) =>
        Run(bodies, rowsPerMessage, MassTransit.Serialization.SystemTextJsonMessageSerializer.Options);

    private static Measurement Run(IReadOnlyList<(Guid MessageId, byte[] Body)> bodies, long rowsPerMessage, JsonSerializerOptions options)
    {
        var clock = Stopwatch.StartNew();
        foreach (var (_, body) in bodies)
        {
            using var document = JsonDocument.Parse(body);
            _ = document.RootElement.GetProperty("message").Deserialize<MarketOddsObserved>(options);
        }

        clock.Stop();
        return new Measurement(bodies.Count, bodies.Count * rowsPerMessage, clock.Elapsed);
    }
}

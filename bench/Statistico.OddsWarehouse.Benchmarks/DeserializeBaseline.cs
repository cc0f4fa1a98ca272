using System.Diagnostics;
using System.Text.Json;
using Statistico.Contracts.Odds;
using Statistico.Messaging.Serialization;

namespace Statistico.OddsWarehouse.Benchmarks;

/// <summary>
/// The CPU floor of reading the bodies on one thread, the work MassTransit must do for every message before any
/// consumer runs: the binary format MarketOddsObserved travels in, and (for reference) System.Text.Json reading the
/// JSON envelope it travelled in before.
/// </summary>
internal static class DeserializeBaseline
{
    /// <summary>The bodies the bench publishes, decoded by the binary format's reader.</summary>
    public static Measurement Run(IReadOnlyList<(Guid MessageId, byte[] Body)> bodies, long rowsPerMessage)
    {
        var clock = Stopwatch.StartNew();
        foreach (var (_, body) in bodies)
        {
            _ = MarketOddsWireFormat.Deserialize(body);
        }

        clock.Stop();
        return new Measurement(bodies.Count, bodies.Count * rowsPerMessage, clock.Elapsed);
    }

    /// <summary>JSON envelopes read with MassTransit's serializer options (its converters for interfaces and collections).</summary>
    public static Measurement RunJsonEnvelopes(IReadOnlyList<(Guid MessageId, byte[] Body)> envelopes, long rowsPerMessage)
    {
        var options = MassTransit.Serialization.SystemTextJsonMessageSerializer.Options;
        var clock = Stopwatch.StartNew();
        foreach (var (_, body) in envelopes)
        {
            using var document = JsonDocument.Parse(body);
            _ = document.RootElement.GetProperty("message").Deserialize<MarketOddsObserved>(options);
        }

        clock.Stop();
        return new Measurement(envelopes.Count, envelopes.Count * rowsPerMessage, clock.Elapsed);
    }
}

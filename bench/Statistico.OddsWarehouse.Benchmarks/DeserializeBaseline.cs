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
    // Each figure is the last of several passes over the same bodies: the service decodes for hours, so what counts
    // is the rate once the JIT has optimised the reader. One pass after the 50 warm-up messages reported about 4,400
    // Betfair-sized messages/s; the same reader decodes about 26,000/s once warm (System.Text.Json ships precompiled
    // and gains less).
    private const int Passes = 3;

    /// <summary>The bodies the bench publishes, decoded by the binary format's reader.</summary>
    public static Measurement Run(IReadOnlyList<(Guid MessageId, byte[] Body)> bodies, long rowsPerMessage) =>
        LastOfPasses(bodies, rowsPerMessage, body => MarketOddsWireFormat.Deserialize(body));

    /// <summary>JSON envelopes read with MassTransit's serializer options (its converters for interfaces and collections).</summary>
    public static Measurement RunJsonEnvelopes(IReadOnlyList<(Guid MessageId, byte[] Body)> envelopes, long rowsPerMessage)
    {
        var options = MassTransit.Serialization.SystemTextJsonMessageSerializer.Options;
        return LastOfPasses(envelopes, rowsPerMessage, body =>
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.GetProperty("message").Deserialize<MarketOddsObserved>(options)!;
        });
    }

    private static Measurement LastOfPasses(IReadOnlyList<(Guid MessageId, byte[] Body)> bodies, long rowsPerMessage, Func<byte[], MarketOddsObserved> decode)
    {
        var elapsed = TimeSpan.Zero;
        for (var pass = 0; pass < Passes; pass++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var (_, body) in bodies)
            {
                _ = decode(body);
            }

            elapsed = clock.Elapsed;
        }

        return new Measurement(bodies.Count, bodies.Count * rowsPerMessage, elapsed);
    }
}

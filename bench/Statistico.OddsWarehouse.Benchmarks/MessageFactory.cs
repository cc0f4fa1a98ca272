using System.Text.Json;
using Statistico.Contracts.Odds;
using Statistico.Messaging.Serialization;

namespace Statistico.OddsWarehouse.Benchmarks;

/// <summary>
/// Synthetic Betfair-like traffic: a fixed card of fixtures × markets whose prices move, three levels a side, as the
/// Odds Checker would publish them. Bodies are what MassTransit now puts on the wire for MarketOddsObserved (the binary
/// format of ADR 0007; <see cref="WireHeaders"/> adds its transport headers), built before any clock starts, so every
/// run (raw broker, warehouse) moves exactly the same bytes.
/// </summary>
internal sealed class MessageFactory(int fixtures, int marketsPerFixture, int seed)
{
    public const string MessageUrn = "urn:message:Statistico.Contracts.Odds:MarketOddsObserved";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Random random = new(seed);
    private readonly Guid[] fixtureIds = [.. Enumerable.Range(0, fixtures).Select(_ => Guid.NewGuid())];
    private readonly DateTimeOffset start = DateTimeOffset.UtcNow;
    private long sequence;

    public MarketOddsObserved Next(int markets, int runners)
    {
        var at = start.AddMilliseconds(sequence);
        var list = new ObservedMarket[markets];
        for (var m = 0; m < markets; m++)
        {
            // Walk the card: consecutive messages cover consecutive (fixture, market) pairs.
            var slot = (int)((sequence * markets + m) % (fixtures * marketsPerFixture));
            list[m] = new ObservedMarket(fixtureIds[slot / marketsPerFixture], $"MARKET_{slot % marketsPerFixture:00}", at, Runners(runners))
            {
                ExchangeMarketId = $"1.{200_000_000 + slot}",
                TotalMatched = 10_000m + random.Next(100_000),
            };
        }

        sequence++;
        return new MarketOddsObserved(Guid.NewGuid(), "betfair", list);
    }

    /// <summary>The message as MassTransit sends it: the binary body; the message id goes into the transport headers.</summary>
    public static (Guid MessageId, byte[] Body) OnTheWire(MarketOddsObserved message) =>
        (Guid.NewGuid(), MarketOddsWireFormat.Serialize(message));

    /// <summary>The message in MassTransit's JSON envelope, as it was sent before the binary format (reference only).</summary>
    public static (Guid MessageId, byte[] Body) JsonEnvelope(MarketOddsObserved message, string destination)
    {
        var messageId = Guid.NewGuid();
        var envelope = new
        {
            messageId,
            conversationId = Guid.NewGuid(),
            destinationAddress = destination,
            messageType = new[] { MessageUrn },
            message,
            sentTime = DateTime.UtcNow,
            headers = new Dictionary<string, object>(),
        };
        return (messageId, JsonSerializer.SerializeToUtf8Bytes(envelope, Json));
    }

    private ObservedRunner[] Runners(int count)
    {
        var runners = new ObservedRunner[count];
        for (var r = 0; r < count; r++)
        {
            var back = Math.Round(1.5m + (decimal)random.NextDouble() * 8m, 2);
            runners[r] = new ObservedRunner(
                $"SEL_{r}",
                [new PriceSize(back, Size()), new PriceSize(back - 0.02m, Size()), new PriceSize(back - 0.04m, Size())],
                [new PriceSize(back + 0.02m, Size()), new PriceSize(back + 0.04m, Size()), new PriceSize(back + 0.06m, Size())])
            {
                RunnerId = 47_000 + r,
                LastTradedPrice = back,
            };
        }

        return runners;
    }

    private decimal Size() => Math.Round((decimal)random.NextDouble() * 500m, 2);
}

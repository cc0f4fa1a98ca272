using System.Runtime.Serialization;
using System.Text.Json;
using MassTransit;
using MassTransit.Serialization;
using MessagePack;
using Statistico.Messaging.Serialization;

namespace Statistico.Messaging.Tests.Serialization;

/// <summary>The binary format of MarketOddsObserved on its own: exact round trips, size, refusals.</summary>
[Trait("Category", "Unit")]
public sealed class MarketOddsWireFormatTests
{
    [Fact]
    public void A_betfair_sized_message_round_trips_exactly_and_is_a_fraction_of_its_json()
    {
        var message = OddsMessages.BetfairSized();

        var body = MarketOddsWireFormat.Serialize(message);

        SameMessage.Assert(message, MarketOddsWireFormat.Deserialize(body));
        var json = JsonSerializer.SerializeToUtf8Bytes(message, SystemTextJsonMessageSerializer.Options);
        Assert.True(body.Length * 3 < json.Length, $"{body.Length} bytes binary against {json.Length} bytes of JSON (the message alone)");
    }

    [Fact]
    public void Nulls_empty_lists_extreme_decimals_negative_handicaps_and_offsets_round_trip_exactly()
    {
        var message = OddsMessages.EdgeValues();

        var copy = MarketOddsWireFormat.Deserialize(MarketOddsWireFormat.Serialize(message));

        SameMessage.Assert(message, copy);
        Assert.Equal(TimeSpan.FromHours(5.75), copy.Markets[0].ObservedAt.Offset);
        Assert.Equal(TimeSpan.FromHours(-3.5), copy.Markets[1].ObservedAt.Offset);
        Assert.Equal(2, copy.Markets[0].Runners[0].LastTradedPrice!.Value.Scale);
        Assert.True(decimal.IsNegative(copy.Markets[0].Runners[1].Back[0].Size)); // -0.0m keeps its sign
        Assert.Null(copy.Markets[0].Runners[2].Back);
        Assert.Null(copy.Markets[2].Runners);
        Assert.Empty(copy.Markets[1].Runners);
        Assert.Null(copy.Markets[1].ExchangeMarketId);
        Assert.Null(copy.Markets[1].TotalMatched);
        Assert.Null(copy.Markets[0].Runners[1].LastTradedPrice);
    }

    [Fact]
    public void A_message_without_markets_round_trips()
    {
        var message = OddsMessages.Empty();

        SameMessage.Assert(message, MarketOddsWireFormat.Deserialize(MarketOddsWireFormat.Serialize(message)));
    }

    [Fact]
    public void The_first_byte_is_the_format_version_and_an_unknown_version_is_refused()
    {
        var body = MarketOddsWireFormat.Serialize(OddsMessages.Empty());
        Assert.Equal(MarketOddsWireFormat.Version, body[0]);

        body[0] = 2;

        var refused = Assert.Throws<SerializationException>(() => MarketOddsWireFormat.Deserialize(body));
        Assert.Contains("version 2", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_garbage_and_empty_bodies_are_serialization_exceptions()
    {
        var body = MarketOddsWireFormat.Serialize(OddsMessages.BetfairSized());

        Assert.Throws<SerializationException>(() => MarketOddsWireFormat.Deserialize(body.AsMemory(0, body.Length / 2)));
        Assert.Throws<SerializationException>(() => MarketOddsWireFormat.Deserialize("{\"not\":\"msgpack\"}"u8.ToArray()));
        Assert.Throws<SerializationException>(() => MarketOddsWireFormat.Deserialize(ReadOnlyMemory<byte>.Empty));
    }

    [Fact]
    public void A_reader_skips_fields_a_later_writer_appended()
    {
        // A later revision may append a field to an object; this reader must still read the fields it knows.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        var writer = new MessagePackWriter(buffer);
        writer.Write(MarketOddsWireFormat.Version);
        writer.WriteArrayHeader(4);
        writer.WriteBinHeader(16);
        Guid.Empty.TryWriteBytes(writer.GetSpan(16));
        writer.Advance(16);
        writer.Write("betfair");
        writer.WriteArrayHeader(0);
        writer.Write("a field from the future");
        writer.Flush();

        var message = MarketOddsWireFormat.Deserialize(buffer.WrittenMemory);

        Assert.Equal("betfair", message.Source);
        Assert.Empty(message.Markets);
    }

    [Fact]
    public void The_binary_serializer_refuses_every_other_message_type()
    {
        var body = new MarketOddsMessageBody(MarketOddsWireFormat.Serialize(OddsMessages.Empty()));
        var context = new MarketOddsSerializerContext(body, new RawMessageContext(EmptyHeaders.Instance, null, RawSerializerOptions.Default));

        var refused = Assert.Throws<SerializationException>(() => context.GetMessageSerializer(new Probe("json only"), []));

        Assert.Contains("MarketOddsObserved only", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_form_of_a_body_is_base64_and_reads_back_as_the_same_bytes()
    {
        var bytes = MarketOddsWireFormat.Serialize(OddsMessages.BetfairSized());
        var text = new MarketOddsMessageBody(bytes).GetString();

        var restored = new MarketOddsMessageDeserializer().GetMessageBody(text).GetBytes();

        Assert.Equal(bytes, restored);
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using MassTransit;
using Statistico.OddsWarehouse.Ingestion;

namespace Statistico.OddsWarehouse.Benchmarks;

/// <summary>
/// Experiment (not used by the service): the same wire message as <c>MarketOddsObserved</c> (same message URN),
/// read straight into rows with <see cref="Utf8JsonReader"/>, skipping the second and third ladder levels and never
/// building the contract's object graph. Measures how much of MassTransit's receive cost is the message parse.
/// </summary>
[MessageUrn("Statistico.Contracts.Odds:MarketOddsObserved")]
[EntityName("Statistico.Contracts.Odds:MarketOddsObserved")]
[JsonConverter(typeof(ObservedRowsConverter))]
internal sealed class ObservedRowsProjection
{
    public required IncomingBatch Batch { get; init; }
}

/// <summary>Reads <see cref="ObservedRowsProjection"/> (camelCase, as MassTransit writes it).</summary>
internal sealed class ObservedRowsConverter : JsonConverter<ObservedRowsProjection>
{
    public override ObservedRowsProjection Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var batchId = Guid.Empty;
        var source = string.Empty;
        var markets = new List<(Guid Fixture, string Market, DateTimeOffset At, bool InPlay, List<(string Selection, decimal Handicap, decimal? Back, decimal? BackSize, decimal? Lay, decimal? LaySize, decimal? Ltp)> Runners)>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "batchId": batchId = reader.GetGuid(); break;
                case "source": source = reader.GetString()!; break;
                case "markets":
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                    {
                        markets.Add(ReadMarket(ref reader));
                    }

                    break;
                default: reader.Skip(); break;
            }
        }

        var rows = new List<PriceRow>();
        foreach (var m in markets)
        {
            foreach (var r in m.Runners)
            {
                rows.Add(new PriceRow(new SeriesKey(m.Fixture, m.Market, r.Handicap, r.Selection, source), m.At, m.InPlay, r.Back, r.BackSize, r.Lay, r.LaySize, r.Ltp, null));
            }
        }

        return new ObservedRowsProjection { Batch = new IncomingBatch(batchId, rows) };
    }

    public override void Write(Utf8JsonWriter writer, ObservedRowsProjection value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Read-only projection.");

    private static (Guid, string, DateTimeOffset, bool, List<(string, decimal, decimal?, decimal?, decimal?, decimal?, decimal?)>) ReadMarket(ref Utf8JsonReader reader)
    {
        Guid fixture = default;
        string market = string.Empty;
        DateTimeOffset at = default;
        var inPlay = false;
        var runners = new List<(string, decimal, decimal?, decimal?, decimal?, decimal?, decimal?)>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "fixtureId": fixture = reader.GetGuid(); break;
                case "marketType": market = reader.GetString()!; break;
                case "observedAt": at = reader.GetDateTimeOffset(); break;
                case "inPlay": inPlay = reader.GetBoolean(); break;
                case "runners":
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                    {
                        runners.Add(ReadRunner(ref reader));
                    }

                    break;
                default: reader.Skip(); break;
            }
        }

        return (fixture, market, at, inPlay, runners);
    }

    private static (string, decimal, decimal?, decimal?, decimal?, decimal?, decimal?) ReadRunner(ref Utf8JsonReader reader)
    {
        string selection = string.Empty;
        decimal handicap = 0m;
        decimal? ltp = null;
        (decimal? Price, decimal? Size) back = default, lay = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "selection": selection = reader.GetString()!; break;
                case "handicap": handicap = reader.TokenType == JsonTokenType.Null ? 0m : reader.GetDecimal(); break;
                case "lastTradedPrice": ltp = reader.TokenType == JsonTokenType.Null ? null : reader.GetDecimal(); break;
                case "back": back = ReadBest(ref reader); break;
                case "lay": lay = ReadBest(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return (selection, handicap, back.Price, back.Size, lay.Price, lay.Size, ltp);
    }

    private static (decimal?, decimal?) ReadBest(ref Utf8JsonReader reader)
    {
        (decimal?, decimal?) best = default;
        var first = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            if (!first)
            {
                reader.Skip();
                continue;
            }

            first = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "price": best.Item1 = reader.GetDecimal(); break;
                    case "size": best.Item2 = reader.GetDecimal(); break;
                    default: reader.Skip(); break;
                }
            }
        }

        return best;
    }
}

/// <summary>The no-database consumer, on the projection.</summary>
internal sealed class ProjectionConsumer(CommitCounter counter) : IConsumer<Batch<ObservedRowsProjection>>
{
    public async Task Consume(ConsumeContext<Batch<ObservedRowsProjection>> context)
    {
        var rows = 0;
        foreach (var message in context.Message)
        {
            rows += message.Message.Batch.Rows.Count;
        }

        await counter.CommittedAsync(new WriteOutcome([], [], rows, TimeSpan.Zero), context.CancellationToken);
    }
}

/// <summary>The warehouse's batch settings for <see cref="ProjectionConsumer"/>.</summary>
internal sealed class ProjectionConsumerDefinition(Microsoft.Extensions.Options.IOptions<IngestionOptions> options) : BatchConsumerDefinition<ProjectionConsumer>(options);

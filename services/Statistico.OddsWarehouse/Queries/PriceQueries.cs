using Npgsql;
using NpgsqlTypes;
using Statistico.OddsWarehouse.Ingestion;

namespace Statistico.OddsWarehouse.Queries;

/// <summary>
/// The read side, in SQL over <c>price_observations</c> (raw ticks plus the down-sampled ones retention kept). Every
/// "last/first observation of a runner" is one index probe per series: (series_id, observed_at) with LIMIT 1.
/// </summary>
internal sealed class PriceQueries(NpgsqlDataSource dataSource)
{
    private const string Columns =
        "o.observed_at, o.in_play, o.back_price, o.back_size, o.lay_price, o.lay_size, o.last_traded_price, o.fair_price, o.depth";

    private const string LastAtOrBefore = $"""
        SELECT s.source, s.selection, s.handicap, {Columns}
        FROM price_series s
        CROSS JOIN LATERAL (
            SELECT * FROM price_observations o
            WHERE o.series_id = s.id AND (@at::timestamptz IS NULL OR o.observed_at <= @at)
            ORDER BY o.observed_at DESC LIMIT 1) o
        WHERE s.fixture_id = @fixture AND s.market_type = @market AND (@source::text IS NULL OR s.source = @source)
        ORDER BY s.source, s.handicap, s.selection
        """;

    private const string OpeningAndClosing = $"""
        SELECT s.source, s.selection, s.handicap, {Columns},
               c.observed_at, c.in_play, c.back_price, c.back_size, c.lay_price, c.lay_size, c.last_traded_price, c.fair_price, c.depth
        FROM price_series s
        CROSS JOIN LATERAL (
            SELECT * FROM price_observations o WHERE o.series_id = s.id ORDER BY o.observed_at LIMIT 1) o
        LEFT JOIN LATERAL (
            SELECT * FROM price_observations c
            WHERE c.series_id = s.id AND c.observed_at < @kick_off
            ORDER BY c.observed_at DESC LIMIT 1) c ON true
        WHERE s.fixture_id = @fixture AND s.market_type = @market AND (@source::text IS NULL OR s.source = @source)
        ORDER BY s.source, s.handicap, s.selection
        """;

    private const string History = $"""
        SELECT s.source, s.selection, s.handicap, {Columns}
        FROM price_series s
        JOIN price_observations o ON o.series_id = s.id
        WHERE s.fixture_id = @fixture AND s.market_type = @market AND s.handicap = @handicap
          AND s.selection = @selection AND s.source = @source
          AND o.observed_at >= @from AND o.observed_at <= @to
        ORDER BY o.observed_at
        LIMIT @limit
        """;

    // The last observation of each interval: what a chart of the runner's price at the end of each bar shows.
    private const string SampledHistory = $"""
        SELECT source, selection, handicap, observed_at, in_play, back_price, back_size, lay_price, lay_size, last_traded_price, fair_price, depth
        FROM (
            SELECT DISTINCT ON (date_bin(@interval, o.observed_at, TIMESTAMPTZ '2000-01-01 00:00:00+00'))
                   s.source, s.selection, s.handicap, {Columns}
            FROM price_series s
            JOIN price_observations o ON o.series_id = s.id
            WHERE s.fixture_id = @fixture AND s.market_type = @market AND s.handicap = @handicap
              AND s.selection = @selection AND s.source = @source
              AND o.observed_at >= @from AND o.observed_at <= @to
            ORDER BY date_bin(@interval, o.observed_at, TIMESTAMPTZ '2000-01-01 00:00:00+00'), o.observed_at DESC) bars
        ORDER BY observed_at
        LIMIT @limit
        """;

    /// <summary>Each runner's last observation at or before <paramref name="at"/> (the latest when null), per source.</summary>
    public async Task<IReadOnlyList<PriceObservation>> AsOfAsync(
        Guid fixtureId, string marketType, string? source, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(LastAtOrBefore);
        AddMarket(command, fixtureId, marketType, source);
        command.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.TimestampTz) { Value = at is { } instant ? instant.ToUniversalTime() : DBNull.Value });
        return await ReadObservationsAsync(command, cancellationToken);
    }

    public async Task<DateTimeOffset?> KickOffAsync(Guid fixtureId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT kick_off FROM fixture_kick_offs WHERE fixture_id = @fixture");
        command.Parameters.Add(new NpgsqlParameter<Guid>("fixture", NpgsqlDbType.Uuid) { TypedValue = fixtureId });
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime kickOff
            ? new DateTimeOffset(kickOff, TimeSpan.Zero)
            : null;
    }

    public async Task<OpeningClosingResponse> OpeningClosingAsync(
        Guid fixtureId, string marketType, string? source, CancellationToken cancellationToken)
    {
        var kickOff = await KickOffAsync(fixtureId, cancellationToken);
        await using var command = dataSource.CreateCommand(OpeningAndClosing);
        AddMarket(command, fixtureId, marketType, source);
        command.Parameters.Add(new NpgsqlParameter("kick_off", NpgsqlDbType.TimestampTz) { Value = kickOff is { } k ? k.ToUniversalTime() : DBNull.Value });
        var prices = new List<OpeningClosingPrice>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var opening = ReadObservation(reader, 3);
            var closing = reader.IsDBNull(12) ? null : ReadObservation(reader, 12);
            prices.Add(new OpeningClosingPrice(opening.Source, opening.Selection, opening.Handicap, opening, closing));
        }

        return new OpeningClosingResponse(fixtureId, marketType, kickOff, prices);
    }

    public async Task<IReadOnlyList<PriceObservation>> HistoryAsync(HistoryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var command = dataSource.CreateCommand(request.Interval is null ? History : SampledHistory);
        AddMarket(command, request.FixtureId, request.MarketType, request.Source);
        command.Parameters.Add(new NpgsqlParameter<decimal>("handicap", NpgsqlDbType.Numeric) { TypedValue = request.Handicap });
        command.Parameters.Add(new NpgsqlParameter<string>("selection", NpgsqlDbType.Text) { TypedValue = request.Selection });
        command.Parameters.Add(Time("from", request.From));
        command.Parameters.Add(Time("to", request.To));
        command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = request.Limit });
        if (request.Interval is { } interval)
        {
            command.Parameters.Add(new NpgsqlParameter<TimeSpan>("interval", NpgsqlDbType.Interval) { TypedValue = interval });
        }

        return await ReadObservationsAsync(command, cancellationToken);
    }

    private static void AddMarket(NpgsqlCommand command, Guid fixtureId, string marketType, string? source)
    {
        command.Parameters.Add(new NpgsqlParameter<Guid>("fixture", NpgsqlDbType.Uuid) { TypedValue = fixtureId });
        command.Parameters.Add(new NpgsqlParameter<string>("market", NpgsqlDbType.Text) { TypedValue = marketType });
        command.Parameters.Add(new NpgsqlParameter("source", NpgsqlDbType.Text) { Value = (object?)source ?? DBNull.Value });
    }

    private static NpgsqlParameter<DateTimeOffset> Time(string name, DateTimeOffset value) =>
        new(name, NpgsqlDbType.TimestampTz) { TypedValue = value.ToUniversalTime() };

    private static async Task<IReadOnlyList<PriceObservation>> ReadObservationsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var observations = new List<PriceObservation>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            observations.Add(ReadObservation(reader, 3));
        }

        return observations;
    }

    /// <summary>Source, selection and handicap from columns 0–2; the observation's nine columns from <paramref name="first"/>.</summary>
    private static PriceObservation ReadObservation(NpgsqlDataReader reader, int first)
    {
        var (backDepth, layDepth) = LadderDepth.Decode(reader.IsDBNull(first + 8) ? null : reader.GetFieldValue<double?[]>(first + 8));
        return new(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetDecimal(2),
            reader.GetFieldValue<DateTimeOffset>(first),
            reader.GetBoolean(first + 1),
            NullableDecimal(reader, first + 2),
            NullableDecimal(reader, first + 3),
            NullableDecimal(reader, first + 4),
            NullableDecimal(reader, first + 5),
            NullableDecimal(reader, first + 6),
            NullableDecimal(reader, first + 7))
        {
            BackDepth = backDepth,
            LayDepth = layDepth,
        };
    }

    // Stored as double precision (ADR 0305); a decimal of up to 15 significant digits converts back exactly.
    private static decimal? NullableDecimal(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : (decimal)reader.GetDouble(ordinal);
}

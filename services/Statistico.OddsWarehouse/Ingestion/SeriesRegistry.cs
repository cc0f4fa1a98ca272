using System.Collections.Concurrent;
using Npgsql;
using NpgsqlTypes;

namespace Statistico.OddsWarehouse.Ingestion;

/// <summary>
/// Maps series keys to their <c>price_series</c> ids. A price source shows the same runners over and over, so after
/// the first batch of a fixture every key is a dictionary hit; unknown keys are created (or found, when another
/// replica created them) in one round trip. Ids never change, so the cache needs no invalidation.
/// </summary>
internal sealed class SeriesRegistry(NpgsqlDataSource dataSource)
{
    private const string Upsert = """
        INSERT INTO price_series (fixture_id, market_type, handicap, selection, source)
        SELECT * FROM unnest(@fixtures, @markets, @handicaps, @selections, @sources)
        ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (fixture_id, market_type, handicap, selection, source) DO NOTHING;
        SELECT s.id, s.fixture_id, s.market_type, s.handicap, s.selection, s.source
        FROM price_series s
        JOIN unnest(@fixtures, @markets, @handicaps, @selections, @sources)
            AS k (fixture_id, market_type, handicap, selection, source)
            ON s.fixture_id = k.fixture_id AND s.market_type = k.market_type AND s.handicap = k.handicap
            AND s.selection = k.selection AND s.source = k.source;
        """;

    private readonly ConcurrentDictionary<SeriesKey, int> ids = new();

    /// <summary>The id of a key that <see cref="ResolveAsync"/> has seen.</summary>
    public int IdOf(SeriesKey key) => ids[key];

    /// <summary>Makes sure every key of the rows has an id (sorted inserts: concurrent writers cannot deadlock).</summary>
    public async Task ResolveAsync(IEnumerable<IncomingBatch> batches, CancellationToken cancellationToken)
    {
        var missing = new HashSet<SeriesKey>();
        foreach (var batch in batches)
        {
            foreach (var row in batch.Rows)
            {
                if (!ids.ContainsKey(row.Series))
                {
                    missing.Add(row.Series);
                }
            }
        }

        if (missing.Count == 0)
        {
            return;
        }

        var keys = missing.ToArray();
        await using var command = dataSource.CreateCommand(Upsert);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("fixtures", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. keys.Select(k => k.FixtureId)] });
        command.Parameters.Add(new NpgsqlParameter<string[]>("markets", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. keys.Select(k => k.MarketType)] });
        command.Parameters.Add(new NpgsqlParameter<decimal[]>("handicaps", NpgsqlDbType.Array | NpgsqlDbType.Numeric) { TypedValue = [.. keys.Select(k => k.Handicap)] });
        command.Parameters.Add(new NpgsqlParameter<string[]>("selections", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. keys.Select(k => k.Selection)] });
        command.Parameters.Add(new NpgsqlParameter<string[]>("sources", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. keys.Select(k => k.Source)] });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = new SeriesKey(reader.GetGuid(1), reader.GetString(2), reader.GetDecimal(3), reader.GetString(4), reader.GetString(5));
            ids[key] = reader.GetInt32(0);
        }

        foreach (var key in keys)
        {
            if (!ids.ContainsKey(key))
            {
                throw new InvalidOperationException($"Series {key} was neither created nor found.");
            }
        }
    }
}

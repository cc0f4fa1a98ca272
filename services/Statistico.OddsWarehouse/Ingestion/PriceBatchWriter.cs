using Npgsql;
using NpgsqlTypes;

namespace Statistico.OddsWarehouse.Ingestion;

/// <summary>
/// Stores many messages' prices in one transaction: the batch ids go into <c>received_batches</c> (those already
/// there are redeliveries and are skipped), the rows of the new ones are streamed with binary COPY. The ids and the
/// rows commit together, so a batch is either stored once with all its rows or not at all (ADR 0301).
/// </summary>
internal sealed class PriceBatchWriter(
    NpgsqlDataSource dataSource,
    SeriesRegistry series,
    MonthlyPartitions partitions,
    IEnumerable<IPriceBatchObserver> observers,
    TimeProvider clock)
{
    public const string CopyCommand =
        "COPY price_ticks (series_id, observed_at, in_play, back_price, back_size, lay_price, lay_size, last_traded_price, fair_price, depth) FROM STDIN (FORMAT BINARY)";

    // Sorted ids: two writers holding overlapping batches lock them in the same order and cannot deadlock.
    private const string ClaimBatches = """
        INSERT INTO received_batches (batch_id, received_at)
        SELECT id, @now FROM unnest(@ids) AS ids (id)
        ON CONFLICT (batch_id) DO NOTHING
        RETURNING batch_id
        """;

    public async Task<WriteOutcome> WriteAsync(IReadOnlyList<IncomingBatch> incoming, CancellationToken cancellationToken)
    {
        try
        {
            return await WriteOnceAsync(incoming, cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.CheckViolation)
        {
            // "no partition of relation found for row": a month was dropped by retention after this process cached
            // it. Forget the cache; the retry (the bus's retry policy) creates the month again.
            partitions.Forget();
            throw;
        }
    }

    private async Task<WriteOutcome> WriteOnceAsync(IReadOnlyList<IncomingBatch> incoming, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        // The same batch twice in one delivery (a duplicate publish) counts once.
        var batches = incoming.DistinctBy(b => b.BatchId).OrderBy(b => b.BatchId).ToList();
        await series.ResolveAsync(batches, cancellationToken);
        await partitions.EnsureAsync(batches, cancellationToken);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var claimed = await ClaimAsync(connection, transaction, batches, cancellationToken);
        var rows = 0;
        if (claimed.Count > 0)
        {
            await using var importer = await connection.BeginBinaryImportAsync(CopyCommand, cancellationToken);
            foreach (var batch in batches)
            {
                if (!claimed.Contains(batch.BatchId))
                {
                    continue;
                }

                foreach (var row in batch.Rows)
                {
                    WriteRow(importer, series.IdOf(row.Series), row);
                }

                rows += batch.Rows.Count;
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        var outcome = new WriteOutcome(
            [.. batches.Where(b => claimed.Contains(b.BatchId)).Select(b => b.BatchId)],
            [.. batches.Where(b => !claimed.Contains(b.BatchId)).Select(b => b.BatchId)],
            rows,
            clock.GetElapsedTime(started));
        foreach (var observer in observers)
        {
            await observer.CommittedAsync(outcome, cancellationToken);
        }

        return outcome;
    }

    private async Task<HashSet<Guid>> ClaimAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<IncomingBatch> batches, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(ClaimBatches, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. batches.Select(b => b.BatchId)] });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", NpgsqlDbType.TimestampTz) { TypedValue = clock.GetUtcNow() });
        var claimed = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(reader.GetGuid(0));
        }

        return claimed;
    }

    /// <summary>
    /// One row in the column order of <see cref="CopyCommand"/>. Synchronous on purpose: the importer buffers rows and
    /// only touches the socket when its buffer fills, so ten awaits per row would cost more than they save.
    /// </summary>
    public static void WriteRow(NpgsqlBinaryImporter importer, int seriesId, in PriceRow row)
    {
        importer.StartRow();
        importer.Write(seriesId, NpgsqlDbType.Integer);
        importer.Write(row.ObservedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        importer.Write(row.InPlay, NpgsqlDbType.Boolean);
        WriteDouble(importer, row.BackPrice);
        WriteDouble(importer, row.BackSize);
        WriteDouble(importer, row.LayPrice);
        WriteDouble(importer, row.LaySize);
        WriteDouble(importer, row.LastTradedPrice);
        WriteDouble(importer, row.FairPrice);
        if (row.Depth is { } depth)
        {
            importer.Write(depth, NpgsqlDbType.Array | NpgsqlDbType.Double);
        }
        else
        {
            importer.WriteNull();
        }
    }

    /// <summary>A price or size as <c>double precision</c> (ADR 0305): exact for every decimal of up to 15 significant digits.</summary>
    private static void WriteDouble(NpgsqlBinaryImporter importer, decimal? value)
    {
        if (value is { } number)
        {
            importer.Write((double)number, NpgsqlDbType.Double);
        }
        else
        {
            importer.WriteNull();
        }
    }
}

using System.Diagnostics;
using Npgsql;
using Statistico.OddsWarehouse.Ingestion;

namespace Statistico.OddsWarehouse.Benchmarks;

/// <summary>
/// Postgres alone: the same rows (series ids resolved and partitions created beforehand) COPYed in binary into the
/// same table, with the warehouse's transaction size and number of concurrent connections. No broker, no
/// deserialisation, no de-duplication.
/// </summary>
internal static class RawCopyBaseline
{
    public static async Task<Measurement> RunAsync(
        NpgsqlDataSource dataSource, SeriesRegistry series, MonthlyPartitions partitions, IReadOnlyList<IncomingBatch> batches, int messagesPerTransaction, int connections)
    {
        await series.ResolveAsync(batches, CancellationToken.None);
        await partitions.EnsureAsync(batches, CancellationToken.None);
        var chunks = batches.Chunk(messagesPerTransaction).ToList();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            int index;
            while ((index = Interlocked.Increment(ref next)) < chunks.Count)
            {
                await using var transaction = await connection.BeginTransactionAsync();
                await using (var importer = await connection.BeginBinaryImportAsync(PriceBatchWriter.CopyCommand))
                {
                    foreach (var batch in chunks[index])
                    {
                        foreach (var row in batch.Rows)
                        {
                            PriceBatchWriter.WriteRow(importer, series.IdOf(row.Series), row);
                        }
                    }

                    await importer.CompleteAsync();
                }

                await transaction.CommitAsync();
            }
        }));
        clock.Stop();
        return new Measurement(0, batches.Sum(b => (long)b.Rows.Count), clock.Elapsed);
    }
}

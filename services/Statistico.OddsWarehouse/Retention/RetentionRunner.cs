using System.Globalization;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Statistico.OddsWarehouse.Ingestion;

namespace Statistico.OddsWarehouse.Retention;

/// <summary>
/// Applies the retention policy once: every month partition of raw ticks older than <see cref="RetentionOptions.RawTicks"/>
/// is down-sampled into <c>price_samples</c> and dropped in one transaction; old samples and old batch ids are
/// deleted. A session advisory lock lets one replica do it at a time.
/// </summary>
internal sealed class RetentionRunner(NpgsqlDataSource dataSource, MonthlyPartitions partitions, IOptions<RetentionOptions> options, TimeProvider clock)
{
    private const long LockKey = 0x5374_4f57_5265_74; // "StOWRet"

    // Keeps, per runner, the last tick of each interval, the first tick (opening) and the last before kick-off
    // (closing), so the opening/closing query answers the same after the raw month is gone.
    private const string DownSample = """
        INSERT INTO price_samples (series_id, observed_at, in_play, back_price, back_size, lay_price, lay_size, last_traded_price, fair_price, depth)
        SELECT series_id, observed_at, in_play, back_price, back_size, lay_price, lay_size, last_traded_price, fair_price, depth FROM (
            SELECT DISTINCT ON (t.series_id, date_bin(@interval, t.observed_at, TIMESTAMPTZ '2000-01-01 00:00:00+00')) t.*
            FROM {partition} t
            ORDER BY t.series_id, date_bin(@interval, t.observed_at, TIMESTAMPTZ '2000-01-01 00:00:00+00'), t.observed_at DESC) bars
        UNION
        SELECT series_id, observed_at, in_play, back_price, back_size, lay_price, lay_size, last_traded_price, fair_price, depth FROM (
            SELECT DISTINCT ON (t.series_id) t.* FROM {partition} t ORDER BY t.series_id, t.observed_at) opening
        UNION
        SELECT series_id, observed_at, in_play, back_price, back_size, lay_price, lay_size, last_traded_price, fair_price, depth FROM (
            SELECT DISTINCT ON (t.series_id) t.*
            FROM {partition} t
            JOIN price_series s ON s.id = t.series_id
            JOIN fixture_kick_offs f ON f.fixture_id = s.fixture_id
            WHERE t.observed_at < f.kick_off
            ORDER BY t.series_id, t.observed_at DESC) closing
        ON CONFLICT (series_id, observed_at) DO NOTHING
        """;

    public async Task<RetentionOutcome> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_try_advisory_lock({LockKey})", connection))
        {
            if (await lockCommand.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return RetentionOutcome.Busy;
            }
        }

        try
        {
            var dropped = new List<string>();
            foreach (var (name, end) in await PartitionsAsync(connection, cancellationToken))
            {
                if (end <= now - settings.RawTicks)
                {
                    await DownSampleAndDropAsync(connection, name, settings.SampleInterval, cancellationToken);
                    dropped.Add(name);
                }
            }

            if (dropped.Count > 0)
            {
                partitions.Forget();
            }

            var samples = await DeleteOlderThanAsync(connection, "price_samples", "observed_at", now - settings.DownSampled, cancellationToken);
            var batches = await DeleteOlderThanAsync(connection, "received_batches", "received_at", now - settings.ReceivedBatches, cancellationToken);
            return new RetentionOutcome(dropped, samples, batches);
        }
        finally
        {
            await using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockKey})", connection);
            await unlock.ExecuteScalarAsync(CancellationToken.None);
        }
    }

    private static async Task<List<(string Name, DateTimeOffset End)>> PartitionsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT c.relname FROM pg_inherits i
            JOIN pg_class c ON c.oid = i.inhrelid
            JOIN pg_class p ON p.oid = i.inhparent
            WHERE p.relname = 'price_ticks'
            """;
        var partitions = new List<(string, DateTimeOffset)>();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var name = reader.GetString(0);
            // Names are price_ticks_yYYYYmMM (MonthlyPartitions); anything else is not ours to drop.
            if (DateOnly.TryParseExact(name.Replace(MonthlyPartitions.Prefix, string.Empty, StringComparison.Ordinal), "yyyy'm'MM",
                    CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
                && MonthlyPartitions.NameOf(month) == name)
            {
                var end = month.AddMonths(1);
                partitions.Add((name, new DateTimeOffset(end.Year, end.Month, 1, 0, 0, 0, TimeSpan.Zero)));
            }
        }

        return partitions;
    }

    private static async Task DownSampleAndDropAsync(NpgsqlConnection connection, string partition, TimeSpan interval, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var sample = new NpgsqlCommand(DownSample.Replace("{partition}", partition, StringComparison.Ordinal), connection, transaction))
        {
            sample.Parameters.Add(new NpgsqlParameter<TimeSpan>("interval", NpgsqlDbType.Interval) { TypedValue = interval });
            await sample.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var drop = new NpgsqlCommand($"DROP TABLE {partition}", connection, transaction))
        {
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<int> DeleteOlderThanAsync(
        NpgsqlConnection connection, string table, string column, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"DELETE FROM {table} WHERE {column} < @cutoff", connection);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("cutoff", NpgsqlDbType.TimestampTz) { TypedValue = cutoff });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

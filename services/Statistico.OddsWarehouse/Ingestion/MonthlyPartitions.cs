using System.Collections.Concurrent;
using System.Globalization;
using Npgsql;

namespace Statistico.OddsWarehouse.Ingestion;

/// <summary>
/// Creates the month partitions of <c>price_ticks</c> as observations arrive for them. There is no default
/// partition on purpose: creating a month next to a filled default partition would have to scan it, and dropping a
/// whole month is how retention removes raw ticks cheaply (ADR 0300).
/// </summary>
internal sealed class MonthlyPartitions(NpgsqlDataSource dataSource)
{
    public const string Prefix = "price_ticks_y";

    private readonly ConcurrentDictionary<DateOnly, bool> known = new();

    /// <summary>The partition name of the month holding <paramref name="month"/>, e.g. <c>price_ticks_y2026m11</c>.</summary>
    public static string NameOf(DateOnly month) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{month.Year:0000}m{month.Month:00}");

    public static DateOnly MonthOf(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return new DateOnly(utc.Year, utc.Month, 1);
    }

    /// <summary>
    /// Forgets every month this process created or saw: retention (here or on another replica) may have dropped one,
    /// and the next write must create it again instead of failing on a missing partition.
    /// </summary>
    public void Forget() => known.Clear();

    public async Task EnsureAsync(IEnumerable<IncomingBatch> batches, CancellationToken cancellationToken)
    {
        var months = new HashSet<DateOnly>();
        foreach (var batch in batches)
        {
            foreach (var row in batch.Rows)
            {
                var month = MonthOf(row.ObservedAt);
                if (!known.ContainsKey(month))
                {
                    months.Add(month);
                }
            }
        }

        foreach (var month in months)
        {
            await CreateAsync(month, cancellationToken);
            known[month] = true;
        }
    }

    private async Task CreateAsync(DateOnly month, CancellationToken cancellationToken)
    {
        var from = month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = month.AddMonths(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // Replicas may race to create the same month: the advisory lock makes IF NOT EXISTS safe.
        var sql = $"""
            SELECT pg_advisory_xact_lock(hashtext('price_ticks partitions'));
            CREATE TABLE IF NOT EXISTS {NameOf(month)} PARTITION OF price_ticks
                FOR VALUES FROM ('{from} 00:00:00+00') TO ('{to} 00:00:00+00');
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand(sql, connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}

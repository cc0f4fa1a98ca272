using Npgsql;

namespace Statistico.Messaging.Benchmarks;

/// <summary>
/// The relay's share of <see cref="MinimalDurableSql"/>: one loop claiming the oldest deliverable outbox rows in batches
/// with the layer's own claim (<c>FOR UPDATE SKIP LOCKED</c>, every column read, as a relay that sends them must) and
/// deleting them in one statement before its commit. It publishes nothing: the scenario it is added to publishes every
/// message already, so the broker's work is counted once.
/// </summary>
internal sealed class MinimalRelay : IAsyncDisposable
{
    /// <summary>Rows per batch: the layer's <c>MessageDeliveryLimit</c> default.</summary>
    private const int BatchSize = 100;

    private const string Claim =
        "SELECT * FROM outbox_message WHERE \"Parked\" IS NULL AND (\"NextAttempt\" IS NULL OR \"NextAttempt\" <= $1) " +
        "AND (\"EnqueueTime\" IS NULL OR \"EnqueueTime\" <= $1) ORDER BY \"SequenceNumber\" LIMIT $2 FOR UPDATE SKIP LOCKED";

    private const string Delete = "DELETE FROM outbox_message WHERE \"SequenceNumber\" = ANY($1)";

    /// <summary>The wait after a batch that was not full; the layer's relay is woken by a commit instead of polling.</summary>
    private static readonly TimeSpan IdleDelay = TimeSpan.FromMilliseconds(20);

    private readonly CancellationTokenSource stopping = new();
    private Task loop = Task.CompletedTask;
    private long stored;
    private long deleted;

    public static MinimalRelay Start(NpgsqlDataSource source)
    {
        var relay = new MinimalRelay();
        relay.loop = Task.Run(() => relay.RunAsync(source, relay.stopping.Token));
        return relay;
    }

    /// <summary>Counts rows committed to the outbox, so <see cref="DrainedAsync"/> knows when the relay caught up.</summary>
    public void Stored(int rows) => Interlocked.Add(ref stored, rows);

    /// <summary>Completes once every stored row was deleted: a scenario's clock runs until the relay's share is done too.</summary>
    public async Task DrainedAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (Interlocked.Read(ref deleted) < Interlocked.Read(ref stored))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), deadline.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
            // stopped on purpose
        }

        stopping.Dispose();
    }

    private async Task RunAsync(NpgsqlDataSource source, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            if (await DeliverBatchAsync(source, cancellationToken) < BatchSize)
            {
                await Task.Delay(IdleDelay, cancellationToken);
            }
        }
    }

    private async Task<int> DeliverBatchAsync(NpgsqlDataSource source, CancellationToken cancellationToken)
    {
        await using var connection = await source.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var claimed = new List<long>(BatchSize);
        await using (var claim = new NpgsqlCommand(Claim, connection, transaction))
        {
            claim.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = DateTime.UtcNow });
            claim.Parameters.Add(new NpgsqlParameter<int> { TypedValue = BatchSize });
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            var sequence = reader.GetOrdinal("SequenceNumber");
            var row = new object[reader.FieldCount];
            while (await reader.ReadAsync(cancellationToken))
            {
                reader.GetValues(row); // every column, as a relay that sends the row reads it
                claimed.Add(reader.GetInt64(sequence));
            }
        }

        if (claimed.Count > 0)
        {
            await using var delete = new NpgsqlCommand(Delete, connection, transaction);
            delete.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. claimed] });
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        Interlocked.Add(ref deleted, claimed.Count);
        return claimed.Count;
    }
}

using Npgsql;
using NpgsqlTypes;
using Statistico.Messaging.Persistence;

namespace Statistico.Messaging.Benchmarks;

/// <summary>
/// The least SQL any durable design must run, on raw Npgsql with no ORM, against the layer's own tables
/// (<c>inbox_state</c>, <c>outbox_message</c>, the saga's <c>bench_state</c>, created by <see cref="BenchDbContext"/>):
/// a ceiling scenario adds it to a scenario that keeps its state in memory, so the ratio of the two is the best a
/// durable layer could reach on this machine. The pool gets the layer's Npgsql defaults (prepared statements, no reset
/// on close; ADR 0033); the server keeps <c>fsync</c> and <c>synchronous_commit</c> on.
/// </summary>
internal sealed class MinimalDurableSql : IAsyncDisposable
{
    /// <summary>The bench saga's stand-in consumer id in the inbox (one saga per endpoint).</summary>
    private static readonly Guid SagaConsumerId = Guid.Parse("6f1c2d3e-0000-4000-8000-000000000015");

    private const string ClaimInbox =
        "INSERT INTO inbox_state (\"MessageId\", \"ConsumerId\", \"LockId\", \"Received\", \"ReceiveCount\", \"Consumed\", \"Delivered\") " +
        "VALUES ($1, $2, $3, $4, 1, $4, $4) ON CONFLICT (\"MessageId\", \"ConsumerId\") DO NOTHING";

    private const string LockSaga = "SELECT \"CorrelationId\", \"CurrentState\", \"Transitions\" FROM bench_state WHERE \"CorrelationId\" = $1 FOR UPDATE";

    // The first transition inserts the row, later ones update it: the same statement, as a design that read the row
    // (the statement above) knows which of the two to run.
    private const string WriteSaga =
        "INSERT INTO bench_state (\"CorrelationId\", \"CurrentState\", \"Transitions\") VALUES ($1, $2, $3) " +
        "ON CONFLICT (\"CorrelationId\") DO UPDATE SET \"CurrentState\" = excluded.\"CurrentState\", \"Transitions\" = excluded.\"Transitions\"";

    private const string InsertOutbox =
        "INSERT INTO outbox_message (\"MessageId\", \"SentTime\", \"InboxMessageId\", \"InboxConsumerId\", \"OutboxId\", \"ContentType\", " +
        "\"MessageType\", \"Body\", \"CorrelationId\", \"DestinationAddress\", \"DeliveryAttempts\") " +
        "VALUES ($1, $2, $3, $4, $5, 'application/vnd.masstransit+json', $6, $7, $8, $9, 0)";

    private readonly NpgsqlDataSource source;

    private MinimalDurableSql(NpgsqlDataSource source, MinimalRelay relay)
    {
        this.source = source;
        Relay = relay;
    }

    /// <summary>Claims and deletes the rows this class inserts, as an outbox relay must.</summary>
    public MinimalRelay Relay { get; }

    /// <summary>Creates the layer's tables in <paramref name="connectionString"/>'s database and starts the relay loop.</summary>
    public static async Task<MinimalDurableSql> StartAsync(string connectionString)
    {
        await BenchDbContext.EnsureCreatedAsync(connectionString);
        var source = NpgsqlDataSource.Create(NpgsqlConnectionDefaults.Apply(connectionString));
        return new MinimalDurableSql(source, MinimalRelay.Start(source));
    }

    /// <summary>
    /// One saga transition's durable work in one round trip: inbox claim, saga row lock, saga row write, one outbox row.
    /// A batch without an explicit transaction runs as one implicit transaction ending in a commit, so the commit (and
    /// its WAL flush) needs no round trip of its own. A real design needs a second round trip (it reads the row before it
    /// decides the transition), so this is a bound from above.
    /// </summary>
    public async Task TransitionAsync(Guid messageId, Guid sagaId, string state, int transitions, string messageType, string body, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        await using var connection = await source.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                Command(ClaimInbox, messageId, SagaConsumerId, Guid.NewGuid(), now),
                Command(LockSaga, sagaId),
                Command(WriteSaga, sagaId, state, transitions),
                OutboxRow(messageId, now, messageType, body, sagaId),
            },
        };
        await batch.ExecuteNonQueryAsync(cancellationToken);
        Relay.Stored(1);
    }

    /// <summary>The least an outbox needs before a publish: one committed row (autocommit, one round trip).</summary>
    public async Task StoreOutboxRowAsync(Guid messageId, string messageType, string body, CancellationToken cancellationToken)
    {
        await using var connection = await source.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection) { BatchCommands = { OutboxRow(null, DateTime.UtcNow, messageType, body, messageId) } };
        await batch.ExecuteNonQueryAsync(cancellationToken);
        Relay.Stored(1);
    }

    public async ValueTask DisposeAsync()
    {
        await Relay.DisposeAsync();
        await source.DisposeAsync();
    }

    /// <summary>An outbox row as the layer stores it: from a consumer (inbox ids set) or from outside one (an outbox id).</summary>
    private static NpgsqlBatchCommand OutboxRow(Guid? inboxMessageId, DateTime now, string messageType, string body, Guid correlationId)
    {
        var command = new NpgsqlBatchCommand(InsertOutbox);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = Guid.NewGuid() });
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = now });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid, Value = inboxMessageId is { } id ? id : DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid, Value = inboxMessageId is null ? DBNull.Value : SagaConsumerId });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid, Value = inboxMessageId is null ? Guid.NewGuid() : DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = messageType });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = body });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = correlationId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = "rabbitmq://localhost/bench" });
        return command;
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}

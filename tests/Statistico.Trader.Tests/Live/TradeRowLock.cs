using Npgsql;

namespace Statistico.Trader.Tests.Live;

/// <summary>
/// Holds a trade's saga row locked (as the saga's own pessimistic read does) until disposed: the saga cannot take any
/// event for the trade meanwhile, so whatever is reported then is judged against the trade as it was.
/// </summary>
internal sealed class TradeRowLock : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;

    private TradeRowLock(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
    }

    public static async Task<TradeRowLock> TakeAsync(string connectionString, Guid tradeId, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM (SELECT 1 FROM trades WHERE \"CorrelationId\" = $1 FOR UPDATE) locked", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = tradeId });
        if ((long)(await command.ExecuteScalarAsync(cancellationToken))! != 1)
        {
            throw new InvalidOperationException($"trade {tradeId} has no saga row to lock");
        }

        return new TradeRowLock(connection, transaction);
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.RollbackAsync();
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}

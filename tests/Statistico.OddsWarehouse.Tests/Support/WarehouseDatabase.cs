using Npgsql;

namespace Statistico.OddsWarehouse.Tests.Support;

/// <summary>Reads the warehouse's tables directly, to check what was stored rather than what the API says.</summary>
internal static class WarehouseDatabase
{
    public static async Task<long> TickCountAsync(string database, Guid fixtureId, CancellationToken cancellationToken) =>
        await ScalarAsync(database,
            "SELECT count(*) FROM price_ticks t JOIN price_series s ON s.id = t.series_id WHERE s.fixture_id = @fixture",
            fixtureId, cancellationToken);

    public static async Task<long> ReceivedBatchCountAsync(string database, Guid batchId, CancellationToken cancellationToken) =>
        await ScalarAsync(database, "SELECT count(*) FROM received_batches WHERE batch_id = @fixture", batchId, cancellationToken);

    public static async Task<long> SampleCountAsync(string database, Guid fixtureId, CancellationToken cancellationToken) =>
        await ScalarAsync(database,
            "SELECT count(*) FROM price_samples t JOIN price_series s ON s.id = t.series_id WHERE s.fixture_id = @fixture",
            fixtureId, cancellationToken);

    public static async Task<bool> KickOffKnownAsync(string database, Guid fixtureId, DateTimeOffset kickOff, CancellationToken cancellationToken) =>
        await ScalarAsync(database,
            $"SELECT count(*) FROM fixture_kick_offs WHERE fixture_id = @fixture AND kick_off = '{kickOff.UtcDateTime:O}'::timestamptz",
            fixtureId, cancellationToken) == 1;

    private static async Task<long> ScalarAsync(string database, string sql, Guid id, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("fixture", id);
        // A missing table fails the query: counted as 0 it would pass every "nothing stored" assertion (issue 22).
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Whether the service has migrated its database (the tables these counts read exist).</summary>
    public static async Task<bool> MigratedAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT to_regclass('price_ticks') IS NOT NULL AND to_regclass('price_samples') IS NOT NULL AND to_regclass('received_batches') IS NOT NULL AND to_regclass('fixture_kick_offs') IS NOT NULL",
            connection);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}

using Npgsql;

namespace Statistico.Trader.Benchmarks;

/// <summary>Read-only SQL on the Trader's database: the harness counts and joins rows, it never writes them.</summary>
internal sealed class TraderDatabase(string connectionString) : IAsyncDisposable
{
    private readonly NpgsqlDataSource source = NpgsqlDataSource.Create(connectionString);

    public async Task<long> CountAsync(string sql)
    {
        await using var command = source.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Every position with its ledger row's creation time, if any: (trade, fixture, decided at, intent at).</summary>
    public async Task<List<(Guid TradeId, Guid FixtureId, DateTimeOffset OpenedAt, DateTimeOffset? IntentAt)>> PositionsAsync()
    {
        await using var command = source.CreateCommand(
            "SELECT p.\"TradeId\", p.\"FixtureId\", p.\"OpenedAt\", l.\"CreatedAt\" FROM positions p LEFT JOIN live_orders l ON l.\"TradeId\" = p.\"TradeId\"");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(Guid, Guid, DateTimeOffset, DateTimeOffset?)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetGuid(0), reader.GetGuid(1), reader.GetFieldValue<DateTimeOffset>(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return rows;
    }

    public ValueTask DisposeAsync() => source.DisposeAsync();
}

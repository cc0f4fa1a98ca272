using Npgsql;
using Statistico.Messaging.Scheduling;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>The shape of the <c>quartz</c> schema in a database: every column with its type, and every index.</summary>
public static class SchemaShape
{
    public static async Task<IReadOnlyList<string>> ReadAsync(string connectionString, CancellationToken ct)
    {
        const string sql = """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
                   || CASE WHEN is_nullable = 'YES' THEN ' null' ELSE ' not null' END || coalesce(' default ' || column_default, '')
              FROM information_schema.columns WHERE table_schema = @schema
            UNION ALL
            SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = @schema
            UNION ALL
            SELECT 'constraint ' || rel.relname || ' ' || pg_get_constraintdef(con.oid)
              FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = rel.relnamespace
             WHERE ns.nspname = @schema
            ORDER BY 1
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("schema", QuartzSchema.SchemaName);
        var shape = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            shape.Add(reader.GetString(0));
        }

        return shape;
    }
}

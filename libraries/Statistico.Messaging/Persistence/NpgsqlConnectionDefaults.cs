using System.Data.Common;
using Npgsql;

namespace Statistico.Messaging.Persistence;

/// <summary>
/// The Npgsql settings every service's database connection gets unless its connection string says otherwise
/// (ADR 0033). Each consumed message runs the same few statements (inbox claim, saga row, outbox rows, relay claim and
/// delete); preparing them once per connection and not resetting the session on every return to the pool roughly
/// halves the CPU Postgres spends per message, and on a small machine that CPU is what limits the rate.
/// </summary>
public static class NpgsqlConnectionDefaults
{
    /// <summary>Prepared statements kept per physical connection (Npgsql's default is none).</summary>
    public const int MaxAutoPrepare = 64;

    /// <summary>A statement is prepared once it has run this often on a connection (Npgsql's default is 5).</summary>
    public const int AutoPrepareMinUsages = 2;

    /// <summary>
    /// <paramref name="connectionString"/> with the defaults added for every setting it does not name. "No Reset On
    /// Close" is safe because no service leaves session state behind (no SET, temporary tables or session advisory
    /// locks); Npgsql still rolls back an open transaction when a connection returns to the pool.
    /// </summary>
    public static string Apply(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Names(given, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        if (!Names(given, "Auto Prepare Min Usages", "AutoPrepareMinUsages"))
        {
            builder.AutoPrepareMinUsages = AutoPrepareMinUsages;
        }

        if (!Names(given, "No Reset On Close", "NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    private static bool Names(DbConnectionStringBuilder given, params string[] keywords) =>
        keywords.Any(given.ContainsKey); // keywords are matched ignoring case
}

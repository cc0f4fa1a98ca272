using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Statistico.Leases;

/// <summary>
/// One replica's claim to a piece of work that only one replica may do at a time (ADR 0306, ADR 0617): a Postgres
/// session-level advisory lock on a key derived from the work's scope and name, held on a connection of its own. Postgres releases the lock when that session ends, so a holder that
/// dies (or whose connection is cut) frees it without any expiry to wait out; a holder that can no longer reach its
/// session cannot prove it still holds the lease and must stop.
/// </summary>
public sealed class AdvisoryLease(string connectionString, string scope, string name) : IAsyncDisposable
{
    /// <summary>The application name of every lease session (what an operator, or a test, finds them by in pg_stat_activity).</summary>
    public const string ApplicationName = "statistico-lease";

    // A dedicated, unpooled session: the services' pooled connections keep no session state ("No Reset On Close",
    // ADR 0033), and closing this one must end the session so the lock goes with it. The server drops a silent peer
    // after about 25 s of keepalives, so a holder cut off by the network is replaced even if its process lives on.
    private readonly string leaseConnection = new NpgsqlConnectionStringBuilder(connectionString)
    {
        Pooling = false, ApplicationName = ApplicationName, Timeout = 5, CommandTimeout = 5, KeepAlive = 5,
    }.ConnectionString;

    private NpgsqlConnection? connection;

    /// <summary>The advisory lock key: the first 8 bytes of SHA-256 of "scope:NAME", the same on every replica.</summary>
    public long Key { get; } = KeyOf(scope, name);

    /// <summary>Whether this instance took the lease and has not given it up or found it lost.</summary>
    public bool Held => connection is not null;

    /// <summary>The key of <paramref name="name"/> (case-insensitive) within <paramref name="scope"/> (what the lease is for, case as given).</summary>
    public static long KeyOf(string scope, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(scope + ":" + name.ToUpperInvariant()));
        return BinaryPrimitives.ReadInt64BigEndian(hash);
    }

    /// <summary>Takes the lease if no other session holds it; false (not an error) when another does or the database is unreachable.</summary>
    public async Task<bool> TryTakeAsync(CancellationToken cancellationToken)
    {
        if (connection is not null)
        {
            return true;
        }

        var session = new NpgsqlConnection(leaseConnection);
        try
        {
            await session.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(
                "SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3; SELECT pg_try_advisory_lock(@key)", session);
            command.Parameters.AddWithValue("key", Key);
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                connection = session;
                return true;
            }
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException or IOException)
        {
            // Unreachable: not holding it is the only safe answer; the caller tries again later.
        }

        await session.DisposeAsync();
        return false;
    }

    /// <summary>
    /// Whether the lease is still held, asked of the lease's own session. Any failure to get an answer counts as lost:
    /// the session is closed (releasing the lock if the server still has it) and the lease must be taken again.
    /// </summary>
    public async Task<bool> ConfirmAsync(CancellationToken cancellationToken)
    {
        if (connection is null)
        {
            return false;
        }

        try
        {
            await using var command = new NpgsqlCommand(
                "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = pg_backend_pid())", connection);
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return true;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // No answer (cut, terminated, timed out): the holder can no longer prove it holds the lease.
        }

        await ReleaseAsync();
        return false;
    }

    /// <summary>Gives the lease up: ending the session releases the lock.</summary>
    public async Task ReleaseAsync()
    {
        var session = connection;
        connection = null;
        if (session is not null)
        {
            await session.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync() => await ReleaseAsync();
}

using Npgsql;
using Statistico.Leases;
using Statistico.OddsChecker.Sources.Betfair;
using Statistico.Testing;

namespace Statistico.OddsChecker.Tests;

/// <summary>
/// ADR 0306's lease on its own, on a real Postgres: one session per source holds it, giving it up or losing the
/// session hands it to the next taker, and a holder whose session is killed finds out at its next confirmation.
/// </summary>
[Trait("Category", "Integration")]
public sealed class StreamLeaseTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private IsolatedDatabase? database;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => database = await infrastructure.CreateDatabaseAsync("stream-lease");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public void The_key_is_the_same_for_a_source_however_spelt_and_differs_between_sources_and_scopes()
    {
        Assert.Equal(KeyOf("betfair"), KeyOf("BETFAIR"));
        Assert.NotEqual(KeyOf("betfair"), KeyOf("betfair-2"));
        Assert.NotEqual(KeyOf("betfair"), AdvisoryLease.KeyOf("statistico-trader-order-stream", "betfair"));
    }

    [Fact]
    public void The_price_streams_key_is_the_one_replicas_before_the_shared_library_used()
    {
        // A rolling upgrade runs old and new replicas side by side: they must contend for the same lock. The old key was
        // the first 8 bytes (big-endian) of SHA-256 of "statistico-oddschecker-stream:BETFAIR".
        var old = System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(
            System.Security.Cryptography.SHA256.HashData("statistico-oddschecker-stream:BETFAIR"u8));

        Assert.Equal(old, KeyOf("betfair"));
    }

    [Fact]
    public void The_tests_find_lease_sessions_by_the_name_the_lease_gives_them() =>
        Assert.Equal(AdvisoryLease.ApplicationName, LeaseSessions.ApplicationName);

    private static long KeyOf(string source) => AdvisoryLease.KeyOf(BetfairPriceStream.LeaseScope, source);

    private AdvisoryLease Lease(string source) => new(database!.ConnectionString, BetfairPriceStream.LeaseScope, source);

    [Fact]
    public async Task One_session_holds_a_source_and_giving_it_up_hands_it_to_the_next_taker()
    {
        await using var first = Lease("betfair");
        await using var second = Lease("betfair");
        await using var other = Lease("another");

        Assert.True(await first.TryTakeAsync(Ct));
        Assert.False(await second.TryTakeAsync(Ct));
        Assert.False(second.Held);
        Assert.True(await other.TryTakeAsync(Ct));
        Assert.True(await first.ConfirmAsync(Ct));

        await first.ReleaseAsync();
        Assert.False(first.Held);
        Assert.True(await second.TryTakeAsync(Ct));
        Assert.False(await first.TryTakeAsync(Ct));
    }

    [Fact]
    public async Task A_holder_whose_session_is_killed_finds_the_lease_lost_and_another_takes_it()
    {
        await using var holder = Lease("betfair");
        await using var next = Lease("betfair");
        Assert.True(await holder.TryTakeAsync(Ct));
        Assert.False(await next.TryTakeAsync(Ct));

        Assert.Equal(1, await StreamLeadershipTests.TerminateLeaseSessionsAsync(database!.ConnectionString, Ct));

        Assert.False(await holder.ConfirmAsync(Ct));
        Assert.False(holder.Held);
        await Eventually.UntilAsync(() => next.TryTakeAsync(Ct), TimeSpan.FromSeconds(10), "the lease to be free again", Ct);
        Assert.True(await next.ConfirmAsync(Ct));
    }
}

using Npgsql;
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
    public void The_key_is_the_same_for_a_source_however_spelt_and_differs_between_sources()
    {
        Assert.Equal(StreamLease.KeyOf("betfair"), StreamLease.KeyOf("BETFAIR"));
        Assert.NotEqual(StreamLease.KeyOf("betfair"), StreamLease.KeyOf("betfair-2"));
    }

    [Fact]
    public async Task One_session_holds_a_source_and_giving_it_up_hands_it_to_the_next_taker()
    {
        await using var first = new StreamLease(database!.ConnectionString, "betfair");
        await using var second = new StreamLease(database.ConnectionString, "betfair");
        await using var other = new StreamLease(database.ConnectionString, "another");

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
        await using var holder = new StreamLease(database!.ConnectionString, "betfair");
        await using var next = new StreamLease(database.ConnectionString, "betfair");
        Assert.True(await holder.TryTakeAsync(Ct));
        Assert.False(await next.TryTakeAsync(Ct));

        Assert.Equal(1, await StreamLeadershipTests.TerminateLeaseSessionsAsync(database.ConnectionString, Ct));

        Assert.False(await holder.ConfirmAsync(Ct));
        Assert.False(holder.Held);
        await Eventually.UntilAsync(() => next.TryTakeAsync(Ct), TimeSpan.FromSeconds(10), "the lease to be free again", Ct);
        Assert.True(await next.ConfirmAsync(Ct));
    }
}

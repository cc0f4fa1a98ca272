using System.Text;
using Microsoft.EntityFrameworkCore;
using Statistico.Messaging.Sagas;
using Statistico.Messaging.Tests.Support;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Sagas;

/// <summary>
/// The InsertOnInitial path: two first events for one instance really racing on the primary key end in one row with
/// both applied, the loser loading the winner without a retry; an insert that breaks any other constraint is an
/// error (retried, then dead-lettered), not a race (ADR 0031); a first event for an instance that exists uses the row
/// read with its inbox claim and never tries the insert (ADR 48).
/// </summary>
[Trait("Category", "Integration")]
public sealed class SagaInsertTests(TestInfrastructure infrastructure)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(SagaConcurrencyMode.Optimistic)]
    [InlineData(SagaConcurrencyMode.Pessimistic)]
    public async Task Two_first_credits_racing_on_the_key_leave_one_wallet_with_both_applied(SagaConcurrencyMode mode)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var run = await WalletRun.StartAsync(infrastructure, mode, ct);
        var winner = new WalletCredited(run.WalletId, 10);
        var loser = new WalletCredited(run.WalletId, 20);
        var holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        run.Hook.Before = async (message, _) =>
        {
            if (message.Equals(winner))
            {
                holding.TrySetResult();
                await release.Task.WaitAsync(Patience); // the winner's row is inserted, not committed
            }
        };

        await run.Bus.Publish(winner, ct);
        await holding.Task.WaitAsync(Patience, ct);
        await run.Bus.Publish(loser, ct);
        // The loser's INSERT of the same key waits for the winner's transaction: the race is real.
        await Eventually.UntilAsync(() => LockWaits.AnyAsync(run.Database.ConnectionString, "%INSERT INTO wallet_state%", ct), Patience, "the second insert to block on the key", ct);
        release.SetResult();
        await Eventually.UntilAsync(() => run.Journal.Changes.Any(c => c.Balance == 30), Patience, "both credits", ct);

        await using var db = new SagaDbContext(new DbContextOptionsBuilder<SagaDbContext>().UseNpgsql(run.Database.ConnectionString).Options);
        var wallet = Assert.Single(await db.Set<WalletState>().AsNoTracking().ToListAsync(ct));
        Assert.Equal(30, wallet.Balance);
        Assert.Equal(1, run.Failures.WithSqlState("23505")); // the loser's insert failed on the key once…
        Assert.Equal([0], run.Journal.AttemptsAt(loser)); // …and loaded the winner in the same try
    }

    [Theory]
    [InlineData(SagaConcurrencyMode.Optimistic)]
    [InlineData(SagaConcurrencyMode.Pessimistic)]
    public async Task A_first_event_for_a_wallet_that_exists_uses_the_row_read_with_its_claim_without_trying_the_insert(SagaConcurrencyMode mode)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var run = await WalletRun.StartAsync(infrastructure, mode, ct);
        await run.OpenWithAsync(10, ct);
        var second = new WalletCredited(run.WalletId, 20);

        await run.Bus.Publish(second, ct);
        await Eventually.UntilAsync(() => run.Journal.Changes.Any(c => c.Balance == 30), Patience, "the second credit", ct);

        await using var db = new SagaDbContext(new DbContextOptionsBuilder<SagaDbContext>().UseNpgsql(run.Database.ConnectionString).Options);
        var wallet = Assert.Single(await db.Set<WalletState>().AsNoTracking().ToListAsync(ct));
        Assert.Equal(30, wallet.Balance);
        // The claim's read found the row (ADR 48), so the up-front insert, which could only fail on the key, was not
        // sent; and the credit applied on its first try.
        Assert.Equal(0, run.Failures.Total);
        Assert.Equal([0], run.Journal.AttemptsAt(second));
    }

    [Fact]
    public async Task An_insert_that_breaks_a_not_null_constraint_is_dead_lettered_not_taken_for_a_race()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var run = await WalletRun.StartAsync(infrastructure, SagaConcurrencyMode.Optimistic, ct);
        var accountId = Guid.NewGuid();

        await run.Bus.Publish(new AccountOpened(accountId, "holder"), ct);

        var parked = await ErrorQueue.TakeAsync(run.BrokerUri, "account-state_error", ct);
        Assert.NotNull(parked);
        Assert.Contains(accountId.ToString(), Encoding.UTF8.GetString(parked.Body.Span), StringComparison.Ordinal);
        Assert.True(run.Failures.WithSqlState("23502") >= 1, "the insert should have failed on NOT NULL");
        Assert.Equal(0, run.Failures.WithSqlState("23505"));
        await using var db = new SagaDbContext(new DbContextOptionsBuilder<SagaDbContext>().UseNpgsql(run.Database.ConnectionString).Options);
        Assert.False(await db.Set<AccountState>().AnyAsync(ct));
    }
}

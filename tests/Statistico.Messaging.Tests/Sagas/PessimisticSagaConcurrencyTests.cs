using Statistico.Messaging.Sagas;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Sagas;

/// <summary>
/// Pessimistic mode: while a debit holds the wallet's row lock (its transaction open, after loading), a second event
/// for the same wallet is seen blocked on that lock in <c>pg_stat_activity</c> and has not run; once the debit
/// commits it runs once, on the debited balance, with no conflict and no retry.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PessimisticSagaConcurrencyTests(TestInfrastructure infrastructure)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_second_event_waits_on_the_row_lock_until_the_first_commits_then_acts_on_its_result(bool secondChangesAColumn)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var run = await WalletRun.StartAsync(infrastructure, SagaConcurrencyMode.Pessimistic, ct);
        await run.OpenWithAsync(100, ct);
        var debit = new WalletDebited(run.WalletId, 30);
        object second = secondChangesAColumn ? new WalletDebited(run.WalletId, 20) : new WalletBalanceRequested(run.WalletId, Guid.NewGuid());
        var holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        run.Hook.Before = async (message, _) =>
        {
            if (message.Equals(debit))
            {
                holding.TrySetResult();
                await release.Task.WaitAsync(Patience);
            }
        };

        await run.Bus.Publish(debit, ct);
        await holding.Task.WaitAsync(Patience, ct);
        await run.Bus.Publish(second, ct);
        await Eventually.UntilAsync(() => LockWaits.AnyAsync(run.Database.ConnectionString, "%FOR UPDATE%", ct), Patience, "the second event to block on the row lock", ct);
        Assert.Empty(run.Journal.AttemptsAt(second)); // blocked before the state machine ran
        release.SetResult();

        var expected = secondChangesAColumn ? 50 : 70;
        await Eventually.UntilAsync(
            () => secondChangesAColumn ? run.Journal.Changes.Any(c => c.Balance == 50) : run.Journal.Quotes.Count >= 1, Patience, "the second event", ct);
        if (!secondChangesAColumn)
        {
            Assert.Equal(expected, Assert.Single(run.Journal.Quotes).Balance);
        }

        Assert.Equal([0], run.Journal.AttemptsAt(second)); // ran once, after waiting: nothing to retry
        Assert.Equal(0, run.Failures.Conflicts);
    }
}

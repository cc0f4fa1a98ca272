using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Messaging.Sagas;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Sagas;

/// <summary>
/// Optimistic mode with one forced interleaving: the second event loads the wallet, the first commits a debit,
/// then the second saves. The second acted on a stale balance, so its save must fail the row-version check and the
/// retry must act on the committed balance, whether or not the second event changes a column (ADR 0030).
/// </summary>
[Trait("Category", "Integration")]
public sealed class OptimisticSagaConcurrencyTests(TestInfrastructure infrastructure)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_read_only_event_that_loaded_before_a_concurrent_debit_committed_conflicts_and_retries_and_quotes_the_debited_balance()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var run = await StartAsync(ct);
        var request = new WalletBalanceRequested(run.WalletId, Guid.NewGuid());
        var debit = new WalletDebited(run.WalletId, 30);
        HoldDebitUntilTheSecondLoaded(run, debit, second: request);

        await Task.WhenAll(run.Bus.Publish(debit, ct), run.Bus.Publish(request, ct));
        await Eventually.UntilAsync(() => run.Journal.Quotes.Count >= 1, Patience, "the quote", ct);

        // The serial outcome: the quote was decided after the debit committed, so it must say 70, and say it once.
        Assert.Equal(70, Assert.Single(run.Journal.Quotes).Balance);
        Assert.True(run.Failures.Conflicts >= 1, $"expected a row-version conflict, saw {run.Failures.Conflicts}");
        Assert.Equal(0, run.Journal.AttemptsAt(request)[0]);
        Assert.Contains(run.Journal.AttemptsAt(request), attempt => attempt >= 1); // retried after the conflict
        Assert.Equal(70, await BalanceAsync(run, ct));
    }

    [Fact]
    public async Task A_debit_that_loaded_before_a_concurrent_debit_committed_conflicts_and_retries_and_both_apply()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var run = await StartAsync(ct);
        var second = new WalletDebited(run.WalletId, 20);
        var debit = new WalletDebited(run.WalletId, 30);
        HoldDebitUntilTheSecondLoaded(run, debit, second);

        await Task.WhenAll(run.Bus.Publish(debit, ct), run.Bus.Publish(second, ct));
        await Eventually.UntilAsync(() => run.Journal.Changes.Any(c => c.Balance == 50), Patience, "both debits", ct);

        Assert.Equal([100, 70, 50], run.Journal.Changes.Select(c => c.Balance).Order().Reverse());
        Assert.True(run.Failures.Conflicts >= 1, $"expected a row-version conflict, saw {run.Failures.Conflicts}");
        Assert.Contains(run.Journal.AttemptsAt(second), attempt => attempt >= 1);
        Assert.Equal(50, await BalanceAsync(run, ct));
    }

    /// <summary>
    /// The first debit waits (inside its transaction, after loading) until the second event has loaded the wallet;
    /// the second's first try then waits until the debit's change reached a consumer, i.e. committed.
    /// </summary>
    private static void HoldDebitUntilTheSecondLoaded(WalletRun run, WalletDebited debit, object second)
    {
        var secondLoaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        run.Hook.Before = async (message, attempt) =>
        {
            if (message.Equals(debit) && attempt == 0)
            {
                await secondLoaded.Task.WaitAsync(Patience);
            }
            else if (message.Equals(second) && attempt == 0)
            {
                secondLoaded.TrySetResult();
                await Eventually.UntilAsync(() => run.Journal.Changes.Any(c => c.Balance == 100 - debit.Amount), Patience, "the first debit to commit");
            }
        };
    }

    private static async Task<long> BalanceAsync(WalletRun run, CancellationToken ct)
    {
        await using var db = new SagaDbContext(new DbContextOptionsBuilder<SagaDbContext>().UseNpgsql(run.Database.ConnectionString).Options);
        return (await db.Set<WalletState>().AsNoTracking().SingleAsync(w => w.CorrelationId == run.WalletId, ct)).Balance;
    }

    private async Task<WalletRun> StartAsync(CancellationToken ct)
    {
        var run = await WalletRun.StartAsync(infrastructure, SagaConcurrencyMode.Optimistic, ct);
        await run.OpenWithAsync(100, ct);
        return run;
    }
}

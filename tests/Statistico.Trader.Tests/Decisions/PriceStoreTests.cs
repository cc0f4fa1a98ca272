using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.Odds;
using Statistico.Testing;
using Statistico.Trader.Data;
using Statistico.Trader.Decisions;

namespace Statistico.Trader.Tests.Decisions;

/// <summary>
/// The Trader's latest prices on real Postgres, each message written in one statement: the latest observation of a
/// selection wins within a batch and across batches, a suspended market without runners stops every selection of it,
/// an older compiled book never overwrites a newer one, and two transactions writing the same selections wait for each
/// other (never deadlock) and leave the newer price.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PriceStoreTests(TestInfrastructure infrastructure)
{
    private static readonly DateTimeOffset Now = new(2030, 8, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Fixture = Guid.NewGuid();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_latest_observation_of_each_selection_is_kept_within_a_batch_and_across_batches()
    {
        await using var database = await infrastructure.CreateDatabaseAsync("trader-prices");
        await SaveAsync(database, Batch(
            Market(Now.AddSeconds(10), ("HOME", 2.10m, 2.12m), ("DRAW", 3.40m, 3.45m)),
            Market(Now, ("HOME", 2.50m, 2.52m), ("AWAY", 3.90m, 4.00m)))); // HOME twice: the earlier one must lose
        var stored = await StoredAsync(database);
        Assert.Equal([("AWAY", 3.90m), ("DRAW", 3.40m), ("HOME", 2.10m)], stored.Select(p => (p.Selection, p.BackPrice!.Value)));
        Assert.Equal(Now.AddSeconds(10), stored.Single(p => p.Selection == "HOME").ObservedAt);

        await SaveAsync(database, Batch(Market(Now.AddSeconds(5), ("HOME", 1.50m, 1.52m), ("DRAW", 5.00m, 5.10m), ("AWAY", 4.20m, 4.30m))));
        stored = await StoredAsync(database);
        // Older than the stored HOME and DRAW (10 s): kept out; newer than the stored AWAY (0 s): taken.
        Assert.Equal([("AWAY", 4.20m), ("DRAW", 3.40m), ("HOME", 2.10m)], stored.Select(p => (p.Selection, p.BackPrice!.Value)));
    }

    [Fact]
    public async Task A_suspended_market_without_runners_stops_every_selection_and_an_older_book_changes_nothing()
    {
        await using var database = await infrastructure.CreateDatabaseAsync("trader-prices-status");
        await SaveAsync(database, Batch(Market(Now, ("HOME", 2.10m, 2.12m), ("DRAW", 3.40m, 3.45m), ("AWAY", 3.90m, 4.00m))));
        await SaveAsync(database, Batch(Market(Now.AddSeconds(1)) with { Status = "SUSPENDED" }));
        Assert.All(await StoredAsync(database), p => Assert.Equal(("SUSPENDED", Now.AddSeconds(1)), (p.Status, p.ObservedAt)));

        await SaveAsync(database, Book("v2", Now, 0.48, 0.27, 0.25));
        await SaveAsync(database, Book("v1", Now.AddMinutes(-5), 0.40, 0.30, 0.30)); // an older book arriving late
        await using var db = Open(database);
        var compiled = await db.CompiledPrices.AsNoTracking().OrderBy(c => c.Selection).ToListAsync(Ct);
        Assert.Equal([("AWAY", 0.25, "v2"), ("DRAW", 0.27, "v2"), ("HOME", 0.48, "v2")], compiled.Select(c => (c.Selection, c.Probability, c.ModelVersion)));
    }

    [Theory]
    [InlineData(10, 5)]   // the held transaction has the newer prices
    [InlineData(5, 10)]   // the waiting one has
    public async Task A_save_held_up_by_another_transactions_uncommitted_prices_waits_and_the_newer_price_wins(int firstSeconds, int secondSeconds)
    {
        await using var database = await infrastructure.CreateDatabaseAsync("trader-prices-race");
        await SaveAsync(database, Batch(Market(Now, ("HOME", 9.0m, 9.2m), ("DRAW", 9.0m, 9.2m), ("AWAY", 9.0m, 9.2m)))); // rows exist: both writers update

        await using var firstDb = Open(database);
        await using var firstTransaction = await firstDb.Database.BeginTransactionAsync(Ct);
        await new PriceStore(firstDb).SaveAsync(Batch(Market(Now.AddSeconds(firstSeconds), ("HOME", 2.0m, 2.02m), ("DRAW", 3.0m, 3.05m), ("AWAY", 4.0m, 4.1m))), Ct);

        var secondWriter = Task.Run(async () =>
        {
            await using var secondDb = Open(database);
            await using var secondTransaction = await secondDb.Database.BeginTransactionAsync(Ct);
            // The same selections named in the other order: the store must lock them in one order, or this deadlocks.
            await new PriceStore(secondDb).SaveAsync(Batch(Market(Now.AddSeconds(secondSeconds), ("AWAY", 5.0m, 5.1m), ("HOME", 2.5m, 2.52m), ("DRAW", 3.5m, 3.55m))), Ct);
            await secondTransaction.CommitAsync(Ct);
        }, Ct);

        await LockWaits.HeldUpAsync(database.ConnectionString, secondWriter, Ct);
        await firstTransaction.CommitAsync(Ct);
        await secondWriter;
        var expected = firstSeconds > secondSeconds
            ? new[] { ("AWAY", 4.0m), ("DRAW", 3.0m), ("HOME", 2.0m) }
            : [("AWAY", 5.0m), ("DRAW", 3.5m), ("HOME", 2.5m)];
        Assert.Equal(expected, (await StoredAsync(database)).Select(p => (p.Selection, p.BackPrice!.Value)));
    }

    [Fact]
    public async Task Concurrent_batches_naming_the_same_selections_in_any_order_never_deadlock_and_keep_the_latest()
    {
        await using var database = await infrastructure.CreateDatabaseAsync("trader-prices-many");
        await using (await MigratedAsync(database))
        {
        }

        string[] selections = ["HOME", "DRAW", "AWAY"];
        var random = new Random(TestSeed.Fixed(7));
        var plans = Enumerable.Range(0, 6).Select(_ => Enumerable.Range(0, 25).Select(_ =>
        {
            var seconds = random.Next(1, 1000);
            return (Seconds: seconds, Runners: selections.OrderBy(_ => random.Next()).Select(s => (s, 1.01m + seconds / 100m, 1.02m + seconds / 100m)).ToArray());
        }).ToList()).ToList();
        var writers = plans.Select(plan => Task.Run(async () =>
        {
            foreach (var (seconds, runners) in plan)
            {
                await using var db = Open(database);
                await using var transaction = await db.Database.BeginTransactionAsync(Ct);
                await new PriceStore(db).SaveAsync(Batch(Market(Now.AddSeconds(seconds), runners)), Ct);
                await transaction.CommitAsync(Ct);
            }
        }, Ct)).ToList();
        await Task.WhenAll(writers); // a deadlock would fail a writer with 40P01

        var latest = plans.SelectMany(plan => plan).Max(p => p.Seconds);
        Assert.All(await StoredAsync(database), p => Assert.Equal((Now.AddSeconds(latest), 1.01m + latest / 100m), (p.ObservedAt, p.BackPrice!.Value)));
    }

    private static MarketOddsObserved Batch(params ObservedMarket[] markets) => new(Guid.NewGuid(), "betfair", markets);

    private static ObservedMarket Market(DateTimeOffset observedAt, params (string Selection, decimal Back, decimal Lay)[] runners) =>
        new(Fixture, "MATCH_ODDS", observedAt, [.. runners.Select(r => new ObservedRunner(r.Selection, [new PriceSize(r.Back, 100)], [new PriceSize(r.Lay, 80)]))])
        {
            ExchangeMarketId = "1.234",
        };

    private static OddsCompiled Book(string version, DateTimeOffset compiledAt, double home, double draw, double away) =>
        new(Fixture, "production", version,
            [new CompiledMarket("MATCH_ODDS", [new CompiledSelection("HOME", home, 2m, 2m), new CompiledSelection("DRAW", draw, 3m, 3m), new CompiledSelection("AWAY", away, 4m, 4m)])],
            compiledAt);

    private static async Task SaveAsync(IsolatedDatabase database, MarketOddsObserved batch)
    {
        await using var db = await MigratedAsync(database);
        await new PriceStore(db).SaveAsync(batch, Ct);
    }

    private static async Task SaveAsync(IsolatedDatabase database, OddsCompiled book)
    {
        await using var db = await MigratedAsync(database);
        await new PriceStore(db).SaveAsync(book, Ct);
    }

    private static async Task<List<ObservedPrice>> StoredAsync(IsolatedDatabase database)
    {
        await using var db = Open(database);
        return await db.ObservedPrices.AsNoTracking().OrderBy(p => p.Selection).ToListAsync(Ct);
    }

    private static async Task<TraderDbContext> MigratedAsync(IsolatedDatabase database)
    {
        var db = Open(database);
        await db.Database.MigrateAsync(Ct);
        return db;
    }

    private static TraderDbContext Open(IsolatedDatabase database) =>
        new(new DbContextOptionsBuilder<TraderDbContext>().UseNpgsql(database.ConnectionString).Options);
}

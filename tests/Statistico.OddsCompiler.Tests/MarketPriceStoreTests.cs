using Microsoft.EntityFrameworkCore;
using Statistico.Contracts.FootballData;
using Statistico.Contracts.Odds;
using Statistico.OddsCompiler.Data;
using Statistico.OddsCompiler.MarketInformed;
using Statistico.Testing;

namespace Statistico.OddsCompiler.Tests;

/// <summary>
/// The market-informed model's price store on real Postgres, with writers at once: a save held up by another
/// transaction's uncommitted prices waits and the newer price wins (and only a save that moved a price names its
/// competition), and many writers naming the same markets in any order never deadlock and keep the latest of each.
/// </summary>
[Trait("Category", "Integration")]
public sealed class MarketPriceStoreTests(TestInfrastructure infrastructure)
{
    private static readonly DateTimeOffset Now = new(2030, 8, 3, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(10, 5)]   // the held transaction has the newer prices
    [InlineData(5, 10)]   // the waiting one has
    public async Task A_save_held_up_by_another_transactions_uncommitted_prices_waits_and_the_newer_price_wins(int firstSeconds, int secondSeconds)
    {
        await using var database = await infrastructure.CreateDatabaseAsync("oc-market-prices-race");
        var options = await MigratedAsync(database.ConnectionString);
        var fixtures = await ScheduledFixturesAsync(options, 2);
        var keys = Keys(fixtures);
        await SaveAsync(options, keys.Select(k => Observed(k, Now)).ToList()); // rows exist: both writers update

        await using var firstDb = new OddsCompilerDbContext(options);
        await using var firstTransaction = await firstDb.Database.BeginTransactionAsync(Ct);
        Assert.Equal(["E0"], await new MarketPriceStore(firstDb).SaveAsync("betfair", keys.Select(k => Observed(k, Now.AddSeconds(firstSeconds))).ToList(), Ct));

        var secondWriter = Task.Run(async () =>
        {
            await using var secondDb = new OddsCompilerDbContext(options);
            await using var secondTransaction = await secondDb.Database.BeginTransactionAsync(Ct);
            // The same markets named in the other order: the store must lock them in one order, or this deadlocks.
            var moved = await new MarketPriceStore(secondDb).SaveAsync("betfair", keys.AsEnumerable().Reverse().Select(k => Observed(k, Now.AddSeconds(secondSeconds))).ToList(), Ct);
            await secondTransaction.CommitAsync(Ct);
            return moved;
        }, Ct);

        await LockWaits.HeldUpAsync(database.ConnectionString, secondWriter, Ct);
        await firstTransaction.CommitAsync(Ct);
        var secondMoved = await secondWriter;

        var latest = Math.Max(firstSeconds, secondSeconds);
        // The waiting save re-reads the committed row: an older price moves nothing and names no competition.
        Assert.Equal(secondSeconds > firstSeconds ? ["E0"] : Array.Empty<string>(), secondMoved);
        var stored = await StoredAsync(options);
        Assert.Equal(keys.Count, stored.Count);
        Assert.All(stored, p => Assert.Equal((Now.AddSeconds(latest), Probability(latest)), (p.ObservedAt, p.First)));
    }

    [Fact]
    public async Task Concurrent_batches_naming_the_same_markets_in_any_order_never_deadlock_and_keep_the_latest()
    {
        await using var database = await infrastructure.CreateDatabaseAsync("oc-market-prices-many");
        var options = await MigratedAsync(database.ConnectionString);
        var keys = Keys(await ScheduledFixturesAsync(options, 4));

        var random = new Random(TestSeed.Fixed(11));
        var plans = Enumerable.Range(0, 6).Select(_ => Enumerable.Range(0, 25).Select(_ =>
            keys.OrderBy(_ => random.Next()).Select(k => (Key: k, Seconds: random.Next(1, 3600))).ToList()).ToList()).ToList();
        var writers = plans.Select(plan => Task.Run(async () =>
        {
            foreach (var batch in plan)
            {
                await using var db = new OddsCompilerDbContext(options);
                await using var transaction = await db.Database.BeginTransactionAsync(Ct);
                await new MarketPriceStore(db).SaveAsync("betfair", batch.Select(o => Observed(o.Key, Now.AddSeconds(o.Seconds))).ToList(), Ct);
                await transaction.CommitAsync(Ct);
            }
        }, Ct)).ToList();
        await Task.WhenAll(writers); // a deadlock would fail a writer with 40P01

        var latest = plans.SelectMany(plan => plan).SelectMany(batch => batch)
            .GroupBy(o => o.Key).ToDictionary(g => g.Key, g => g.Max(o => o.Seconds));
        var stored = await StoredAsync(options);
        Assert.Equal(keys.Count, stored.Count);
        Assert.All(stored, p =>
        {
            var seconds = latest[(p.FixtureId, p.MarketType)];
            Assert.Equal((Now.AddSeconds(seconds), Probability(seconds)), (p.ObservedAt, p.First));
        });
    }

    private static List<(Guid FixtureId, string MarketType)> Keys(IEnumerable<Guid> fixtures) =>
        [.. fixtures.SelectMany(f => new[] { (f, "MATCH_ODDS"), (f, "OVER_UNDER_25") })];

    /// <summary>A price whose first probability encodes when it was seen, so the stored row shows which write won.</summary>
    private static (ObservedMarket Market, double[] Probabilities) Observed((Guid FixtureId, string MarketType) key, DateTimeOffset observedAt)
    {
        var seconds = (int)(observedAt - Now).TotalSeconds;
        var first = Probability(seconds);
        double[] probabilities = key.MarketType == "MATCH_ODDS" ? [first, 0.25, 0.75 - first] : [first, 1 - first];
        return (new ObservedMarket(key.FixtureId, key.MarketType, observedAt, []), probabilities);
    }

    private static double Probability(int seconds) => 0.1 + seconds / 10_000.0;

    private static async Task<List<Guid>> ScheduledFixturesAsync(DbContextOptions<OddsCompilerDbContext> options, int count)
    {
        await using var db = new OddsCompilerDbContext(options);
        var fixtures = Enumerable.Range(0, count).Select(i => new PricedFixture
        {
            Id = Guid.NewGuid(),
            CompetitionId = "E0",
            Season = "2030/31",
            HomeTeam = $"Home {i}",
            AwayTeam = $"Away {i}",
            KickOff = Now.AddDays(1), // every observation of these tests is before kick-off
            Status = FixtureStatus.Scheduled,
        }).ToList();
        db.Fixtures.AddRange(fixtures);
        await db.SaveChangesAsync(Ct);
        return [.. fixtures.Select(f => f.Id)];
    }

    private static async Task SaveAsync(DbContextOptions<OddsCompilerDbContext> options, List<(ObservedMarket, double[])> observed)
    {
        await using var db = new OddsCompilerDbContext(options);
        await new MarketPriceStore(db).SaveAsync("betfair", observed, Ct);
    }

    private static async Task<List<MarketPriceRecord>> StoredAsync(DbContextOptions<OddsCompilerDbContext> options)
    {
        await using var db = new OddsCompilerDbContext(options);
        return await db.MarketPrices.AsNoTracking().ToListAsync(Ct);
    }

    private static async Task<DbContextOptions<OddsCompilerDbContext>> MigratedAsync(string connectionString)
    {
        var options = new DbContextOptionsBuilder<OddsCompilerDbContext>().UseNpgsql(connectionString).Options;
        await using var setup = new OddsCompilerDbContext(options);
        await setup.Database.MigrateAsync(Ct);
        return options;
    }
}

using Statistico.Testing;

namespace Statistico.Simulator.Tests.Balance;

/// <summary>
/// A seeded random run of orders, matches, cancels, lapses, settlements and restarts against the Simulator's exchange,
/// with the account audited after every step: money is neither created nor lost (issue 22).
/// </summary>
[Trait("Category", "Integration")]
public sealed class BalanceInvariantTests(TestInfrastructure infrastructure, ITestOutputHelper output)
{
    private const int Steps = 150;
    private const decimal StartingBalance = 250m;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_sequence_of_orders_matches_cancels_settlements_and_restarts_creates_or_loses_money()
    {
        var seed = TestSeed.Fresh();
        var random = new Random(seed);
        await using var database = await infrastructure.CreateDatabaseAsync("simbalance");
        await using var exchange = new RestartableExchange(database.ConnectionString, Settings(worldSeed: random.Next(1, 100_000)));
        exchange.Start();
        var audit = new AccountAudit(StartingBalance);
        var trader = new RandomTrader(random, exchange, audit);

        var account = await audit.CheckAsync(exchange.Client, "start", Ct);
        for (var step = 1; step <= Steps; step++)
        {
            var done = await trader.StepAsync(step, account, Ct);
            account = await audit.CheckAsync(exchange.Client, $"step {step} ({done})", Ct);
            output.WriteLine($"{step,3} {done} -> balance {account.Balance}, exposure {account.Exposure}");
        }

        output.WriteLine($"{trader.Counts}, {exchange.Restarts} restarts, {audit}");
        Assert.True(exchange.Restarts >= Steps / 20, "every run restarts the Simulator");
        Assert.True(trader.Counts.Placed > 0, "the run placed no order: it proves nothing");
    }

    /// <summary>A small league with thin crowd liquidity (orders match in part and queue) and some voided matches.</summary>
    private static Dictionary<string, string?> Settings(int worldSeed) => new(SyntheticLeagueSettings.Paused(worldSeed, 8, new(2030, 8, 1, 12, 0, 0, TimeSpan.Zero)))
    {
        ["Simulator:Synthetic:PostponedShare"] = "0.1",
        ["Simulator:Synthetic:AbandonedShare"] = "0.1",
        ["Simulator:Exchange:StartingBalance"] = StartingBalance.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Simulator:Exchange:LevelSize"] = "10",
        ["Simulator:Exchange:CounterpartyFlowPerMinute"] = "0.5",
        ["Simulator:Exchange:FlowDecayPerTick"] = "0.5",
    };
}

using System.Net.Http.Json;
using System.Text.Json;
using Statistico.Betfair.Api;
using Statistico.Betfair.Tests.Support;
using Statistico.Testing;

namespace Statistico.Betfair.Tests;

/// <summary>
/// replaceOrders and updateOrders on the real database, driven as a third-party client drives them (ADR 1010):
/// replace is a cancel then an all-or-nothing place whose cancels stand when the place fails; update changes the
/// persistence type, which decides what happens at the turn in-play; a repeated customerRef is DUPLICATE_TRANSACTION
/// and changes nothing.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ReplaceAndUpdateOrdersTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private static readonly string[] MatchOdds = ["MATCH_ODDS"];
    private static readonly string[] Projection = ["RUNNER_DESCRIPTION", "MARKET_START_TIME"];

    private IsolatedDatabase? database;
    private SimulatorFactory? factory;
    private RawJsonRpc? rpc;
    private HttpClient? http;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await infrastructure.CreateDatabaseAsync("betfairreplace");
        factory = new SimulatorFactory(database.ConnectionString, SimulatedExchange.Settings);
        http = factory.CreateClient();
        rpc = new RawJsonRpc(http);
    }

    public async ValueTask DisposeAsync()
    {
        http?.Dispose();
        await factory!.DisposeAsync();
        await database!.DisposeAsync();
    }

    [Fact]
    public async Task Replace_cancels_the_unmatched_bet_and_places_its_size_at_the_new_price()
    {
        var (marketId, selectionId, _) = await MarketAsync();
        var betId = await RestingBackAsync(marketId, selectionId, 4m, "rest-1");

        var report = (await rpc!.CallAsync("replaceOrders", Replace(marketId, betId, 1000m, "replace-1"), Ct)).GetProperty("result");

        Assert.Equal("SUCCESS", report.GetProperty("status").GetString());
        var instruction = Assert.Single(report.GetProperty("instructionReports").EnumerateArray());
        Assert.Equal(4m, instruction.GetProperty("cancelInstructionReport").GetProperty("sizeCancelled").GetDecimal());
        var newBetId = instruction.GetProperty("placeInstructionReport").GetProperty("betId").GetString();
        Assert.NotEqual(betId, newBetId);
        var replacement = Assert.Single(await CurrentOrdersAsync(marketId, "ALL"));
        Assert.Equal(newBetId, replacement.GetProperty("betId").GetString());
        var old = Assert.Single(await CancelledAsync(marketId));
        Assert.Equal((betId, 4m), (old.GetProperty("betId").GetString(), old.GetProperty("sizeCancelled").GetDecimal()));
        Assert.Equal((1000m, 4m, "EXECUTABLE"), (replacement.GetProperty("priceSize").GetProperty("price").GetDecimal(),
            replacement.GetProperty("sizeRemaining").GetDecimal(), replacement.GetProperty("status").GetString()));
        Assert.Equal(("LAPSE", "strategy-a", "rest-1"), (replacement.GetProperty("persistenceType").GetString(),
            replacement.GetProperty("customerStrategyRef").GetString(), replacement.GetProperty("customerOrderRef").GetString()));
    }

    [Fact]
    public async Task A_replacement_that_cannot_be_placed_leaves_the_cancel_standing()
    {
        var (marketId, selectionId, _) = await MarketAsync();
        var betId = await RestingBackAsync(marketId, selectionId, 4m, "rest-2");

        var report = (await rpc!.CallAsync("replaceOrders", Replace(marketId, betId, 2.01m, "replace-2"), Ct)).GetProperty("result");

        Assert.Equal(("FAILURE", ExecutionErrorCodes.BetActionError), (report.GetProperty("status").GetString(), report.GetProperty("errorCode").GetString()));
        var instruction = Assert.Single(report.GetProperty("instructionReports").EnumerateArray());
        Assert.Equal("CANCELLED_NOT_PLACED", instruction.GetProperty("errorCode").GetString());
        Assert.Equal(InstructionErrorCodes.InvalidOdds, instruction.GetProperty("placeInstructionReport").GetProperty("errorCode").GetString());
        Assert.Empty(await CurrentOrdersAsync(marketId, "ALL"));
        var order = Assert.Single(await CancelledAsync(marketId));
        Assert.Equal((betId, 4m), (order.GetProperty("betId").GetString(), order.GetProperty("sizeCancelled").GetDecimal()));
    }

    [Fact]
    public async Task A_replace_naming_an_unknown_bet_changes_nothing()
    {
        var (marketId, selectionId, _) = await MarketAsync();
        var betId = await RestingBackAsync(marketId, selectionId, 4m, "rest-3");

        var report = (await rpc!.CallAsync("replaceOrders", new
        {
            marketId,
            instructions = new[] { new { betId, newPrice = 1000m }, new { betId = "999999999", newPrice = 1000m } },
        }, Ct)).GetProperty("result");

        Assert.Equal(("FAILURE", ExecutionErrorCodes.BetActionError), (report.GetProperty("status").GetString(), report.GetProperty("errorCode").GetString()));
        var codes = report.GetProperty("instructionReports").EnumerateArray().Select(r => r.GetProperty("errorCode").GetString()).ToList();
        Assert.Equal([InstructionErrorCodes.RelatedActionFailed, InstructionErrorCodes.InvalidBetId], codes);
        var order = Assert.Single(await CurrentOrdersAsync(marketId));
        Assert.Equal((4m, "EXECUTABLE"), (order.GetProperty("sizeRemaining").GetDecimal(), order.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_repeated_customer_ref_on_replace_is_a_duplicate_and_replaces_once()
    {
        var (marketId, selectionId, _) = await MarketAsync();
        var betId = await RestingBackAsync(marketId, selectionId, 4m, "rest-4");

        var first = (await rpc!.CallAsync("replaceOrders", Replace(marketId, betId, 1000m, "same-ref"), Ct)).GetProperty("result");
        var newBetId = first.GetProperty("instructionReports")[0].GetProperty("placeInstructionReport").GetProperty("betId").GetString();
        var again = (await rpc.CallAsync("replaceOrders", Replace(marketId, newBetId!, 990m, "same-ref"), Ct)).GetProperty("result");

        Assert.Equal(("FAILURE", ExecutionErrorCodes.DuplicateTransaction), (again.GetProperty("status").GetString(), again.GetProperty("errorCode").GetString()));
        var executable = Assert.Single(await CurrentOrdersAsync(marketId));
        Assert.Equal((newBetId, 1000m), (executable.GetProperty("betId").GetString(), executable.GetProperty("priceSize").GetProperty("price").GetDecimal()));
    }

    [Fact]
    public async Task A_malformed_customer_ref_on_replace_or_update_is_invalid_input_data_and_changes_nothing()
    {
        var (marketId, selectionId, _) = await MarketAsync();
        var betId = await RestingBackAsync(marketId, selectionId, 4m, "rest-5");

        var replace = await rpc!.CallAsync("replaceOrders", Replace(marketId, betId, 1000m, new string('r', 33)), Ct);
        var update = await rpc.CallAsync("updateOrders", Update(marketId, betId, "PERSIST", "not allowed/"), Ct);

        foreach (var answer in new[] { replace, update })
        {
            var error = answer.GetProperty("error");
            Assert.Equal(-32099, error.GetProperty("code").GetInt32());
            Assert.Equal(ApingErrorCodes.InvalidInputData, error.GetProperty("data").GetProperty("APINGException").GetProperty("errorCode").GetString());
        }

        var order = Assert.Single(await CurrentOrdersAsync(marketId));
        Assert.Equal(("EXECUTABLE", "LAPSE", 900m), (order.GetProperty("status").GetString(), order.GetProperty("persistenceType").GetString(),
            order.GetProperty("priceSize").GetProperty("price").GetDecimal()));
    }

    [Fact]
    public async Task Update_to_persist_keeps_the_bet_in_play_while_a_lapse_bet_lapses_at_kick_off()
    {
        var (marketId, selectionId, kickOff) = await MarketAsync();
        var persisted = await RestingBackAsync(marketId, selectionId, 4m, "keep-me");
        var lapsing = await RestingBackAsync(marketId, selectionId, 3m, "lapse-me");

        var report = (await rpc!.CallAsync("updateOrders", Update(marketId, persisted, "PERSIST", "update-1"), Ct)).GetProperty("result");
        var duplicate = (await rpc.CallAsync("updateOrders", Update(marketId, lapsing, "PERSIST", "update-1"), Ct)).GetProperty("result");
        await AdvanceToAsync(kickOff.AddMinutes(10));

        Assert.Equal("SUCCESS", report.GetProperty("status").GetString());
        Assert.Equal(ExecutionErrorCodes.DuplicateTransaction, duplicate.GetProperty("errorCode").GetString());
        var orders = await CurrentOrdersAsync(marketId, "ALL");
        var kept = Assert.Single(orders);
        Assert.Equal((persisted, "PERSIST", "EXECUTABLE"), (kept.GetProperty("betId").GetString(), kept.GetProperty("persistenceType").GetString(), kept.GetProperty("status").GetString()));
        var lapsed = (await rpc.CallAsync("listClearedOrders", new { betStatus = "LAPSED", marketIds = new[] { marketId } }, Ct)).GetProperty("result").GetProperty("clearedOrders");
        Assert.Equal(lapsing, Assert.Single(lapsed.EnumerateArray()).GetProperty("betId").GetString());
    }

    [Fact]
    public async Task Update_with_a_bad_instruction_changes_none()
    {
        var (marketId, selectionId, _) = await MarketAsync();
        var betId = await RestingBackAsync(marketId, selectionId, 4m, "rest-6");

        var report = (await rpc!.CallAsync("updateOrders", new
        {
            marketId,
            instructions = new[] { new { betId, newPersistenceType = "PERSIST" }, new { betId, newPersistenceType = "MARKET_ON_CLOSE" } },
        }, Ct)).GetProperty("result");

        Assert.Equal(("FAILURE", ExecutionErrorCodes.BetActionError), (report.GetProperty("status").GetString(), report.GetProperty("errorCode").GetString()));
        Assert.Equal(InstructionErrorCodes.InvalidPersistenceType, report.GetProperty("instructionReports")[1].GetProperty("errorCode").GetString());
        Assert.Equal("LAPSE", Assert.Single(await CurrentOrdersAsync(marketId)).GetProperty("persistenceType").GetString());
    }

    private static object Replace(string marketId, string betId, decimal newPrice, string customerRef) =>
        new { marketId, customerRef, instructions = new[] { new { betId, newPrice } } };

    private static object Update(string marketId, string betId, string newPersistenceType, string customerRef) =>
        new { marketId, customerRef, instructions = new[] { new { betId, newPersistenceType } } };

    private async Task<string> RestingBackAsync(string marketId, long selectionId, decimal size, string customerOrderRef)
    {
        var placed = (await rpc!.CallAsync("placeOrders", new
        {
            marketId,
            customerStrategyRef = "strategy-a",
            instructions = new[]
            {
                new { orderType = "LIMIT", selectionId, side = "BACK", customerOrderRef, limitOrder = new { size, price = 900m, persistenceType = "LAPSE" } },
            },
        }, Ct)).GetProperty("result");
        Assert.Equal("SUCCESS", placed.GetProperty("status").GetString());
        return placed.GetProperty("instructionReports")[0].GetProperty("betId").GetString()!;
    }

    private async Task<List<JsonElement>> CurrentOrdersAsync(string marketId, string projection = "EXECUTABLE") =>
        [.. (await rpc!.CallAsync("listCurrentOrders", new { marketIds = new[] { marketId }, orderProjection = projection }, Ct))
            .GetProperty("result").GetProperty("currentOrders").EnumerateArray()];

    private async Task<List<JsonElement>> CancelledAsync(string marketId) =>
        [.. (await rpc!.CallAsync("listClearedOrders", new { betStatus = "CANCELLED", marketIds = new[] { marketId } }, Ct))
            .GetProperty("result").GetProperty("clearedOrders").EnumerateArray()];

    private async Task<(string MarketId, long SelectionId, DateTimeOffset KickOff)> MarketAsync()
    {
        var markets = (await rpc!.CallAsync("listMarketCatalogue", new { filter = new { marketTypeCodes = MatchOdds }, marketProjection = Projection, maxResults = 1 }, Ct)).GetProperty("result");
        var market = markets[0];
        return (market.GetProperty("marketId").GetString()!, market.GetProperty("runners")[0].GetProperty("selectionId").GetInt64(),
            market.GetProperty("marketStartTime").GetDateTimeOffset());
    }

    private async Task AdvanceToAsync(DateTimeOffset to)
    {
        var response = await http!.PostAsJsonAsync("/control/advance", new { to }, Ct);
        response.EnsureSuccessStatusCode();
    }
}

using Statistico.Betfair.Api;
using Statistico.Betfair.Tests.Support;
using Statistico.Testing;

namespace Statistico.Betfair.Tests;

/// <summary>
/// The Simulator answers references as Betfair documents them (ADR 0205): a malformed customerRef is an APING
/// INVALID_INPUT_DATA, an over-long customerOrderRef an instruction error, never a database error; a customerRef
/// submitted again within the window is DUPLICATE_TRANSACTION, even when the first submission failed; errors carry
/// stable texts, never .NET's.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SimulatorReferenceTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private static readonly string[] MatchOdds = ["MATCH_ODDS"];
    private static readonly string[] RunnerDescription = ["RUNNER_DESCRIPTION"];

    private IsolatedDatabase? database;
    private SimulatorFactory? factory;
    private RawJsonRpc? rpc;
    private HttpClient? http;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await infrastructure.CreateDatabaseAsync("betfairrefs");
        factory = new SimulatorFactory(database.ConnectionString, new Dictionary<string, string?>(SimulatedExchange.Settings)
        {
            ["Simulator:Exchange:DuplicateWindow"] = "00:00:02",
        });
        http = factory.CreateClient();
        rpc = new RawJsonRpc(http);
    }

    public async ValueTask DisposeAsync()
    {
        http?.Dispose();
        await factory!.DisposeAsync();
        await database!.DisposeAsync();
    }

    [Theory]
    [InlineData("123456789012345678901234567890123")]
    [InlineData("has space")]
    [InlineData("slash/not-allowed")]
    public async Task A_malformed_customer_ref_is_invalid_input_data(string customerRef)
    {
        var (marketId, selectionId) = await MarketAsync();

        var answer = await rpc!.CallAsync("placeOrders", Place(marketId, selectionId, customerRef, "o-1"), Ct);

        var error = answer.GetProperty("error");
        Assert.Equal(-32099, error.GetProperty("code").GetInt32());
        Assert.Equal(ApingErrorCodes.InvalidInputData, error.GetProperty("data").GetProperty("APINGException").GetProperty("errorCode").GetString());
        Assert.Equal(0, await OrdersAsync());
    }

    [Fact]
    public async Task An_over_long_customer_order_ref_is_an_instruction_error()
    {
        var (marketId, selectionId) = await MarketAsync();

        var report = (await rpc!.CallAsync("placeOrders", Place(marketId, selectionId, "ok-ref", new string('o', 33)), Ct)).GetProperty("result");

        Assert.Equal(("FAILURE", ExecutionErrorCodes.BetActionError), (report.GetProperty("status").GetString(), report.GetProperty("errorCode").GetString()));
        Assert.Equal(InstructionErrorCodes.InvalidCustomerOrderRef, report.GetProperty("instructionReports")[0].GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task Malformed_parameters_get_a_stable_error_without_dotnet_text()
    {
        var answer = await rpc!.CallAsync("placeOrders", new { marketId = "1.1", instructions = "not-a-list" }, Ct);

        var error = answer.GetProperty("error");
        Assert.Equal((-32602, "DSC-0018"), (error.GetProperty("code").GetInt32(), error.GetProperty("message").GetString()));
        Assert.DoesNotContain("System.", answer.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_customer_ref_is_a_duplicate_within_the_window_of_its_last_submission_even_a_failed_one_and_free_after()
    {
        var (marketId, selectionId) = await MarketAsync();

        var failed = (await rpc!.CallAsync("placeOrders", Place(marketId, selectionId, "window-1", "w-1", price: 2.01m), Ct)).GetProperty("result");
        var duplicate = (await rpc.CallAsync("placeOrders", Place(marketId, selectionId, "window-1", "w-2"), Ct)).GetProperty("result");
        await Task.Delay(TimeSpan.FromSeconds(2.2), Ct);
        var after = (await rpc.CallAsync("placeOrders", Place(marketId, selectionId, "window-1", "w-3"), Ct)).GetProperty("result");

        Assert.Equal(ExecutionErrorCodes.BetActionError, failed.GetProperty("errorCode").GetString());
        Assert.Equal(("FAILURE", ExecutionErrorCodes.DuplicateTransaction), (duplicate.GetProperty("status").GetString(), duplicate.GetProperty("errorCode").GetString()));
        Assert.Equal("SUCCESS", after.GetProperty("status").GetString());
        Assert.Equal(1, await OrdersAsync());
    }

    private static object Place(string marketId, long selectionId, string customerRef, string customerOrderRef, decimal price = 900m) => new
    {
        marketId,
        customerRef,
        instructions = new[]
        {
            new { orderType = "LIMIT", selectionId, side = "BACK", customerOrderRef, limitOrder = new { size = 2m, price, persistenceType = "LAPSE" } },
        },
    };

    private async Task<(string MarketId, long SelectionId)> MarketAsync()
    {
        var markets = (await rpc!.CallAsync("listMarketCatalogue", new { filter = new { marketTypeCodes = MatchOdds }, marketProjection = RunnerDescription, maxResults = 1 }, Ct)).GetProperty("result");
        var market = markets[0];
        return (market.GetProperty("marketId").GetString()!, market.GetProperty("runners")[0].GetProperty("selectionId").GetInt64());
    }

    private async Task<int> OrdersAsync() =>
        (await rpc!.CallAsync("listCurrentOrders", new { }, Ct)).GetProperty("result").GetProperty("currentOrders").GetArrayLength();
}

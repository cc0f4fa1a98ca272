using System.Text.Json;
using Statistico.Betfair.Api;
using Statistico.Betfair.Tests.Support;
using Statistico.Testing;

namespace Statistico.Betfair.Tests;

/// <summary>
/// Conformance with Betfair's documented API-NG shapes (issue 19): request bodies written in the form of Betfair's
/// documentation samples, sent raw, and every documented field of the answer checked for presence and JSON type;
/// each documented limit answered with Betfair's error, never a 500 or .NET text.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ApingConformanceTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private const JsonValueKind Str = JsonValueKind.String;
    private const JsonValueKind Num = JsonValueKind.Number;
    private const JsonValueKind Arr = JsonValueKind.Array;
    private const JsonValueKind Obj = JsonValueKind.Object;

    private IsolatedDatabase? database;
    private SimulatorFactory? factory;
    private RawJsonRpc? rpc;
    private HttpClient? http;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await infrastructure.CreateDatabaseAsync("betfairconform");
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
    public async Task Navigation_operations_answer_in_their_documented_shapes()
    {
        var eventTypes = await ResultAsync("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listEventTypes","params":{"filter":{}},"id":1}""");
        var competitions = await ResultAsync("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listCompetitions","params":{"filter":{"eventTypeIds":["1"]}},"id":1}""");
        var countries = await ResultAsync("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listCountries","params":{"filter":{"eventTypeIds":["1"]}},"id":1}""");
        var marketTypes = await ResultAsync("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listMarketTypes","params":{"filter":{"eventTypeIds":["1"]}},"id":1}""");
        var timeRanges = await ResultAsync("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listTimeRanges","params":{"filter":{"eventTypeIds":["1"]},"granularity":"DAYS"},"id":1}""");
        var none = await ResultAsync("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listEventTypes","params":{"filter":{"eventTypeIds":["7"]}},"id":1}""");

        var soccer = Assert.Single(eventTypes.EnumerateArray());
        Fields(soccer, ("eventType", Obj), ("marketCount", Num));
        Fields(soccer.GetProperty("eventType"), ("id", Str), ("name", Str));
        Assert.Equal("1", soccer.GetProperty("eventType").GetProperty("id").GetString());
        var total = soccer.GetProperty("marketCount").GetInt32();
        Assert.True(total > 0);
        foreach (var row in competitions.EnumerateArray())
        {
            Fields(row, ("competition", Obj), ("marketCount", Num), ("competitionRegion", Str));
        }

        Assert.Equal(total, competitions.EnumerateArray().Sum(r => r.GetProperty("marketCount").GetInt32()));
        Fields(Assert.Single(countries.EnumerateArray()), ("countryCode", Str), ("marketCount", Num));
        Assert.Contains(marketTypes.EnumerateArray(), r => r.GetProperty("marketType").GetString() == "MATCH_ODDS");
        Assert.Equal(total, marketTypes.EnumerateArray().Sum(r => r.GetProperty("marketCount").GetInt32()));
        foreach (var row in timeRanges.EnumerateArray())
        {
            Fields(row, ("timeRange", Obj), ("marketCount", Num));
            Fields(row.GetProperty("timeRange"), ("from", Str), ("to", Str));
        }

        Assert.Equal(total, timeRanges.EnumerateArray().Sum(r => r.GetProperty("marketCount").GetInt32()));
        Assert.Equal(0, none.GetArrayLength());
    }

    [Fact]
    public async Task List_venues_answers_football_with_an_empty_list_as_betfair_does()
    {
        // Betfair ties venues to racing only; a client building its navigation (betfair-node) calls it all the same.
        var venues = await ResultAsync("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listVenues","params":{"filter":{"eventTypeIds":["1"]},"locale":"en"},"id":1}""");
        var missingFilter = await rpc!.CallRawAsync("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listVenues","params":{},"id":1}""", Ct);

        Assert.Equal(Arr, venues.ValueKind);
        Assert.Equal(0, venues.GetArrayLength());
        // A mandatory parameter left out, as for every navigation operation: -32602 DSC-0018.
        Assert.Equal((-32602, "DSC-0018"), (missingFilter.GetProperty("error").GetProperty("code").GetInt32(), missingFilter.GetProperty("error").GetProperty("message").GetString()));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("12345678901")]
    [InlineData("\"req-7\"")]
    public async Task The_response_echoes_the_request_id_as_sent(string id)
    {
        // JSON-RPC 2.0: a number of any size or a string; a client may match answers to requests by it.
        var ok = await rpc!.CallRawAsync($$$"""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listEventTypes","params":{"filter":{}},"id":{{{id}}}}""", Ct);
        var failed = await rpc.CallRawAsync($$$"""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/noSuchOperation","params":{},"id":{{{id}}}}""", Ct);

        Assert.Equal(id, ok.GetProperty("id").GetRawText());
        Assert.Equal(id, failed.GetProperty("id").GetRawText());
    }

    [Fact]
    public async Task Market_book_sends_every_ex_list_and_real_totals_even_without_ex_traded()
    {
        var (marketId, selectionId) = await MarketAsync();

        var book = Assert.Single((await ResultAsync($$$"""
            {"jsonrpc":"2.0","method":"SportsAPING/v1.0/listMarketBook","params":{"marketIds":["{{{marketId}}}"],"priceProjection":{"priceData":["EX_BEST_OFFERS"]}},"id":1}
            """)).EnumerateArray());
        var catalogue = Assert.Single((await ResultAsync($$$"""
            {"jsonrpc":"2.0","method":"SportsAPING/v1.0/listMarketCatalogue","params":{"filter":{"marketIds":["{{{marketId}}}"]},"maxResults":"1"},"id":1}
            """)).EnumerateArray());
        var runnerBook = Assert.Single((await ResultAsync($$$"""
            {"jsonrpc":"2.0","method":"SportsAPING/v1.0/listRunnerBook","params":{"marketId":"{{{marketId}}}","selectionId":{{{selectionId}}},"priceProjection":{"priceData":["EX_TRADED"]}},"id":1}
            """)).EnumerateArray());

        Fields(book, ("marketId", Str), ("isMarketDataDelayed", JsonValueKind.False), ("status", Str), ("betDelay", Num), ("bspReconciled", JsonValueKind.False),
            ("complete", JsonValueKind.True), ("inplay", JsonValueKind.False), ("numberOfWinners", Num), ("numberOfRunners", Num), ("numberOfActiveRunners", Num),
            ("totalMatched", Num), ("totalAvailable", Num), ("crossMatching", JsonValueKind.False), ("runnersVoidable", JsonValueKind.False), ("version", Num), ("runners", Arr));
        Assert.True(book.GetProperty("totalAvailable").GetDecimal() > 0);
        foreach (var runner in book.GetProperty("runners").EnumerateArray())
        {
            Fields(runner, ("selectionId", Num), ("handicap", Num), ("status", Str), ("lastPriceTraded", Num), ("totalMatched", Num), ("ex", Obj));
            Fields(runner.GetProperty("ex"), ("availableToBack", Arr), ("availableToLay", Arr), ("tradedVolume", Arr));
            Assert.Equal(0, runner.GetProperty("ex").GetProperty("tradedVolume").GetArrayLength());
            Fields(runner.GetProperty("ex").GetProperty("availableToBack")[0], ("price", Num), ("size", Num));
        }

        Fields(catalogue, ("marketId", Str), ("marketName", Str), ("totalMatched", Num));
        Assert.True(catalogue.GetProperty("totalMatched").GetDecimal() > 0);
        Assert.Equal(selectionId, Assert.Single(runnerBook.GetProperty("runners").EnumerateArray()).GetProperty("selectionId").GetInt64());
        var ex = runnerBook.GetProperty("runners")[0].GetProperty("ex");
        Assert.Equal((0, 0), (ex.GetProperty("availableToBack").GetArrayLength(), ex.GetProperty("availableToLay").GetArrayLength()));
        Assert.True(ex.GetProperty("tradedVolume").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Unknown_market_ids_follow_one_rule_whatever_the_last_digit()
    {
        string Book(string id) => $$$"""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listMarketBook","params":{"marketIds":["{{{id}}}"]},"id":1}""";

        foreach (var unknown in new[] { "1.9999991", "1.9999995", "1.9999990" })
        {
            Assert.Equal(0, (await ResultAsync(Book(unknown))).GetArrayLength());
        }

        Assert.Equal(ApingErrorCodes.InvalidInputData, ApingError(await rpc!.CallRawAsync(Book("not-a-market"), Ct)));
    }

    [Fact]
    public async Task Profit_and_loss_and_filtered_orders_answer_in_their_documented_shapes()
    {
        var (marketId, selectionId) = await MarketAsync();
        var placed = await ResultAsync($$$"""
            {"jsonrpc":"2.0","method":"SportsAPING/v1.0/placeOrders","params":{"marketId":"{{{marketId}}}","customerStrategyRef":"strat-1","instructions":[
            {"selectionId":"{{{selectionId}}}","handicap":"0","side":"BACK","orderType":"LIMIT","limitOrder":{"size":"2","price":"1.01","persistenceType":"LAPSE"},"customerOrderRef":"c-1"}]},"id":1}
            """);
        Assert.Equal("SUCCESS", placed.GetProperty("status").GetString());

        var pnl = Assert.Single((await ResultAsync($$$"""
            {"jsonrpc":"2.0","method":"SportsAPING/v1.0/listMarketProfitAndLoss","params":{"marketIds":["{{{marketId}}}"],"netOfCommission":true},"id":1}
            """)).EnumerateArray());
        var mine = await ResultAsync("""
            {"jsonrpc":"2.0","method":"SportsAPING/v1.0/listCurrentOrders","params":{"customerStrategyRefs":["strat-1"],"orderBy":"BY_PLACE_TIME","sortDir":"LATEST_TO_EARLIEST","dateRange":{}},"id":1}
            """);
        var others = await ResultAsync("""
            {"jsonrpc":"2.0","method":"SportsAPING/v1.0/listCurrentOrders","params":{"customerStrategyRefs":["strat-2"]},"id":1}
            """);
        var future = await ResultAsync("""
            {"jsonrpc":"2.0","method":"SportsAPING/v1.0/listCurrentOrders","params":{"dateRange":{"from":"2040-01-01T00:00:00Z"}},"id":1}
            """);

        Fields(pnl, ("marketId", Str), ("commissionApplied", Num), ("profitAndLosses", Arr));
        Fields(pnl.GetProperty("profitAndLosses")[0], ("selectionId", Num), ("ifWin", Num));
        // Backed 2 and matched at once: the others winning loses the stake; this one winning pays the win less 5 % commission.
        var ifWin = pnl.GetProperty("profitAndLosses").EnumerateArray().ToDictionary(r => r.GetProperty("selectionId").GetInt64(), r => r.GetProperty("ifWin").GetDecimal());
        Assert.All(ifWin.Where(r => r.Key != selectionId), r => Assert.Equal(-2m, r.Value));
        Fields(mine, ("currentOrders", Arr), ("moreAvailable", JsonValueKind.False));
        var order = Assert.Single(mine.GetProperty("currentOrders").EnumerateArray());
        Fields(order, ("betId", Str), ("marketId", Str), ("selectionId", Num), ("handicap", Num), ("priceSize", Obj), ("bspLiability", Num), ("side", Str),
            ("status", Str), ("persistenceType", Str), ("orderType", Str), ("placedDate", Str), ("averagePriceMatched", Num), ("sizeMatched", Num),
            ("sizeRemaining", Num), ("sizeLapsed", Num), ("sizeCancelled", Num), ("sizeVoided", Num), ("customerOrderRef", Str), ("customerStrategyRef", Str));
        var matchedAt = order.GetProperty("averagePriceMatched").GetDecimal();
        Assert.Equal(Math.Round(2m * (matchedAt - 1) * 0.95m, 2), ifWin[selectionId]);
        Assert.Equal(0, others.GetProperty("currentOrders").GetArrayLength());
        Assert.Equal(0, future.GetProperty("currentOrders").GetArrayLength());
    }

    [Fact]
    public async Task Account_operations_answer_on_the_accounts_endpoint_in_their_documented_shapes()
    {
        const string Accounts = "/exchange/account/json-rpc/v1";
        var details = await ResultAsync("""{"jsonrpc":"2.0","method":"AccountAPING/v1.0/getAccountDetails","params":{},"id":1}""", Accounts);
        var statement = await ResultAsync("""{"jsonrpc":"2.0","method":"AccountAPING/v1.0/getAccountStatement","params":{"itemDateRange":{},"includeItem":"ALL"},"id":1}""", Accounts);
        var rates = await ResultAsync("""{"jsonrpc":"2.0","method":"AccountAPING/v1.0/listCurrencyRates","params":{"fromCurrency":"GBP"},"id":1}""", Accounts);
        var funds = await ResultAsync("""{"jsonrpc":"2.0","method":"AccountAPING/v1.0/getAccountFunds","params":{},"id":1}""", Accounts);
        var onBetting = await rpc!.CallRawAsync("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/getAccountDetails","params":{},"id":1}""", Ct);

        Fields(details, ("currencyCode", Str), ("firstName", Str), ("lastName", Str), ("localeCode", Str), ("region", Str), ("timezone", Str),
            ("discountRate", Num), ("pointsBalance", Num), ("countryCode", Str));
        Fields(statement, ("accountStatement", Arr), ("moreAvailable", JsonValueKind.False));
        foreach (var rate in rates.EnumerateArray())
        {
            Fields(rate, ("currencyCode", Str), ("rate", Num));
        }

        Assert.Contains(rates.EnumerateArray(), r => r.GetProperty("currencyCode").GetString() == "EUR");
        Fields(funds, ("availableToBetBalance", Num), ("exposure", Num), ("retainedCommission", Num), ("exposureLimit", Num), ("discountRate", Num), ("pointsBalance", Num), ("wallet", Str));
        Assert.Equal(-32601, onBetting.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Cleared_orders_roll_up_by_every_documented_group()
    {
        foreach (var group in new[] { "EVENT_TYPE", "EVENT", "MARKET", "RUNNER", "SIDE", "BET" })
        {
            var report = await ResultAsync($$$"""
                {"jsonrpc":"2.0","method":"SportsAPING/v1.0/listClearedOrders","params":{"betStatus":"SETTLED","groupBy":"{{{group}}}","includeItemDescription":true,"side":"BACK","settledDateRange":{},"eventTypeIds":["1"],"runnerIds":[1]},"id":1}
                """);
            Fields(report, ("clearedOrders", Arr), ("moreAvailable", JsonValueKind.False));
        }
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listMarketProfitAndLoss","params":{"marketIds":[]},"id":1}""", ApingErrorCodes.InvalidInputData)]
    [InlineData("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listMarketBook","params":{"marketIds":[]},"id":1}""", ApingErrorCodes.InvalidInputData)]
    [InlineData("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/replaceOrders","params":{"marketId":"x","instructions":[]},"id":1}""", ApingErrorCodes.InvalidInputData)]
    [InlineData("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listMarketCatalogue","params":{"filter":{},"maxResults":1001},"id":1}""", ApingErrorCodes.InvalidInputData)]
    public async Task Documented_limits_are_apingexceptions(string body, string errorCode)
    {
        var answer = await rpc!.CallRawAsync(body, Ct);

        Assert.Equal(errorCode, ApingError(answer));
        Assert.DoesNotContain("System.", answer.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>
    /// A mandatory parameter left out is Betfair's MandatoryNotDefined, a JSON-RPC error before the operation runs
    /// (-32602 DSC-0018, shared/reference/betfair-api-ng.md section 3), whichever operation and parameter: listTimeRanges'
    /// granularity answered INVALID_INPUT_DATA before (issue 19), unlike params that could not be read at all.
    /// </summary>
    [Theory]
    [InlineData("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listTimeRanges","params":{"filter":{}},"id":1}""")]
    [InlineData("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listTimeRanges","params":{"granularity":"DAYS"},"id":1}""")]
    [InlineData("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listCompetitions","params":{},"id":1}""")]
    [InlineData("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listClearedOrders","params":{},"id":1}""")]
    [InlineData("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listMarketBook","params":{},"id":1}""")]
    [InlineData("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/replaceOrders","params":{"instructions":[]},"id":1}""")]
    [InlineData("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listMarketCatalogue","params":{"maxResults":1},"id":1}""")]
    [InlineData("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listMarketBook","id":1}""")]
    public async Task A_missing_mandatory_parameter_is_dsc_0018(string body)
    {
        var answer = await rpc!.CallRawAsync(body, Ct);

        var error = answer.GetProperty("error");
        Assert.Equal((-32602, "DSC-0018"), (error.GetProperty("code").GetInt32(), error.GetProperty("message").GetString()));
        Assert.False(error.TryGetProperty("data", out _), "no APINGException for a missing parameter");
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listCurrentOrders","params":{"orderBy":"BY_NOTHING"},"id":1}""", -32602)]
    [InlineData("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/updateOrders","params":{"marketId":"1.1","instructions":[{"betId":"1","newPersistenceType":7}]},"id":1}""", -32602)]
    [InlineData("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listMarketBook","params":""", -32700)]
    [InlineData("""{"jsonrpc":"2.0","method":"SportsAPING/v1.0/listVenuesOfMars","params":{},"id":1}""", -32601)]
    public async Task Malformed_calls_get_json_rpc_errors_without_dotnet_text(string body, int code)
    {
        var answer = await rpc!.CallRawAsync(body, Ct);

        Assert.Equal(code, answer.GetProperty("error").GetProperty("code").GetInt32());
        Assert.StartsWith("DSC-", answer.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("System.", answer.GetRawText(), StringComparison.Ordinal);
    }

    private static void Fields(JsonElement element, params (string Name, JsonValueKind Kind)[] fields)
    {
        foreach (var (name, kind) in fields)
        {
            Assert.True(element.TryGetProperty(name, out var value), $"{name} is missing from {element.GetRawText()}");
            Assert.True(value.ValueKind == kind, $"{name} is {value.ValueKind}, documented as {kind}");
        }
    }

    private static string? ApingError(JsonElement answer) =>
        answer.GetProperty("error").GetProperty("data").GetProperty("APINGException").GetProperty("errorCode").GetString();

    private async Task<JsonElement> ResultAsync(string body, string path = "/exchange/betting/json-rpc/v1")
    {
        var answer = await rpc!.CallRawAsync(body, Ct, path);
        Assert.True(answer.TryGetProperty("result", out var result), answer.GetRawText());
        return result;
    }

    private async Task<(string MarketId, long SelectionId)> MarketAsync()
    {
        var markets = await ResultAsync("""
            {"jsonrpc":"2.0","method":"SportsAPING/v1.0/listMarketCatalogue","params":{"filter":{"marketTypeCodes":["MATCH_ODDS"]},"marketProjection":["RUNNER_DESCRIPTION"],"maxResults":"1"},"id":1}
            """);
        return (markets[0].GetProperty("marketId").GetString()!, markets[0].GetProperty("runners")[0].GetProperty("selectionId").GetInt64());
    }
}

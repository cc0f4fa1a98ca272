using System.Text.Json;
using Statistico.Betfair.Api;

namespace Statistico.Betfair.Tests;

/// <summary>The client's types against JSON in the shapes Betfair documents (reference/betfair-api-ng.md).</summary>
[Trait("Category", "Unit")]
public sealed class SerializerTests
{
    [Fact]
    public void A_documented_operation_error_reads_with_its_code_and_details()
    {
        const string json = """
            {"jsonrpc":"2.0","id":1,"error":{"code":-32099,"message":"ANGX-0002",
             "data":{"exceptionname":"APINGException","APINGException":
               {"errorCode":"INVALID_INPUT_DATA","errorDetails":"market id passed is invalid","requestUUID":"prdang045-0001"}}}}
            """;

        var response = JsonSerializer.Deserialize<JsonRpcResponse<List<MarketBook>>>(json, BetfairJson.Options)!;

        Assert.Equal(-32099, response.Error!.Code);
        Assert.Equal("APINGException", response.Error.Data!.ExceptionName);
        Assert.Equal(("INVALID_INPUT_DATA", "market id passed is invalid", "prdang045-0001"),
            (response.Error.Data.Exception!.ErrorCode, response.Error.Data.Exception.ErrorDetails, response.Error.Data.Exception.RequestUuid));
        var exception = Assert.IsType<BetfairInvalidRequestException>(BetfairErrors.ToException("listMarketBook", response.Error));
        Assert.Equal("INVALID_INPUT_DATA", exception.ErrorCode);
    }

    [Fact]
    public void An_accounts_error_uses_its_own_exception_key()
    {
        const string json = """{"jsonrpc":"2.0","id":1,"error":{"code":-32099,"message":"AANGX-0003","data":{"exceptionname":"AccountAPINGException","AccountAPINGException":{"errorCode":"INVALID_SESSION_INFORMATION","errorDetails":"","requestUUID":"x"}}}}""";

        var error = JsonSerializer.Deserialize<JsonRpcResponse<AccountFundsResponse>>(json, BetfairJson.Options)!.Error!;

        Assert.IsType<BetfairSessionException>(BetfairErrors.ToException("getAccountFunds", error));
    }

    [Fact]
    public void A_market_book_reads_runners_offers_and_orders()
    {
        const string json = """
            [{"marketId":"1.125875153","isMarketDataDelayed":false,"status":"OPEN","betDelay":0,"bspReconciled":false,"complete":true,
              "inplay":false,"numberOfWinners":1,"numberOfRunners":3,"numberOfActiveRunners":3,"lastMatchTime":"2016-07-30T17:04:40.000Z",
              "totalMatched":1234.56,"totalAvailable":99.5,"crossMatching":true,"runnersVoidable":false,"version":1440279806,
              "runners":[{"selectionId":58805,"handicap":0.0,"status":"ACTIVE","lastPriceTraded":3.45,"totalMatched":100.0,
                "ex":{"availableToBack":[{"price":3.4,"size":25.1},{"price":3.35,"size":10.0}],"availableToLay":[{"price":3.5,"size":7.5}],"tradedVolume":[]},
                "orders":[{"betId":"31242604945","orderType":"LIMIT","status":"EXECUTABLE","persistenceType":"LAPSE","side":"BACK","price":3.6,
                  "size":5.0,"bspLiability":0.0,"placedDate":"2016-07-30T17:04:40.000Z","avgPriceMatched":0.0,"sizeMatched":0.0,
                  "sizeRemaining":5.0,"sizeLapsed":0.0,"sizeCancelled":0.0,"sizeVoided":0.0,"customerOrderRef":"t-1"}]}]}]
            """;

        var book = Assert.Single(JsonSerializer.Deserialize<List<MarketBook>>(json, BetfairJson.Options)!);

        Assert.Equal((MarketStatus.Open, 1440279806L, 1234.56m), (book.Status, book.Version, book.TotalMatched));
        var runner = Assert.Single(book.Runners);
        Assert.Equal((58805L, RunnerStatus.Active), (runner.SelectionId, runner.Status));
        Assert.Equal(new PriceSize(3.4m, 25.1m), runner.Exchange!.AvailableToBack[0]);
        Assert.Equal(new PriceSize(3.5m, 7.5m), runner.Exchange.AvailableToLay[0]);
        var order = Assert.Single(runner.Orders!);
        Assert.Equal((OrderType.Limit, OrderStatus.Executable, PersistenceType.Lapse, Side.Back), (order.OrderType, order.Status, order.PersistenceType, order.Side));
        Assert.Equal(new DateTimeOffset(2016, 7, 30, 17, 4, 40, TimeSpan.Zero), order.PlacedDate);
    }

    [Fact]
    public void A_place_request_writes_betfairs_names_and_leaves_out_what_is_not_set()
    {
        var request = new JsonRpcRequest<PlaceOrdersRequest>(BetfairMethods.PlaceOrders, new PlaceOrdersRequest(
            "1.125875153",
            [new PlaceInstruction(OrderType.Limit, 58805, Side.Lay, new LimitOrder(2.5m, 3.45m, PersistenceType.Persist)) { CustomerOrderRef = "t-1" }],
            "ref-1"));

        var json = JsonSerializer.Serialize(request, BetfairJson.Options);

        Assert.Equal(
            """{"method":"SportsAPING/v1.0/placeOrders","params":{"marketId":"1.125875153","instructions":[{"orderType":"LIMIT","selectionId":58805,"side":"LAY","limitOrder":{"size":2.5,"price":3.45,"persistenceType":"PERSIST"},"handicap":0,"customerOrderRef":"t-1"}],"customerRef":"ref-1"},"id":1,"jsonrpc":"2.0"}""",
            json);
    }

    [Fact]
    public void A_place_report_reads_instruction_outcomes_and_error_codes()
    {
        const string json = """
            {"customerRef":"ref-1","status":"FAILURE","errorCode":"BET_ACTION_ERROR","marketId":"1.125875153",
             "instructionReports":[{"status":"FAILURE","errorCode":"INVALID_ODDS",
               "instruction":{"selectionId":58805,"handicap":0,"limitOrder":{"size":2,"price":3.47,"persistenceType":"LAPSE"},"orderType":"LIMIT","side":"BACK"}}]}
            """;

        var report = JsonSerializer.Deserialize<PlaceExecutionReport>(json, BetfairJson.Options)!;

        Assert.Equal((ExecutionReportStatus.Failure, "BET_ACTION_ERROR"), (report.Status, report.ErrorCode));
        var instruction = Assert.Single(report.InstructionReports);
        Assert.Equal((InstructionReportStatus.Failure, "INVALID_ODDS", 3.47m), (instruction.Status, instruction.ErrorCode, instruction.Instruction.LimitOrder!.Price));
    }

    [Fact]
    public void Dates_are_written_as_betfair_writes_them() =>
        Assert.Equal("\"2016-07-30T17:04:40.000Z\"", JsonSerializer.Serialize(new DateTimeOffset(2016, 7, 30, 18, 4, 40, TimeSpan.FromHours(1)), BetfairJson.Options));

    [Fact]
    public void A_login_answer_without_product_or_error_reads()
    {
        var login = JsonSerializer.Deserialize<LoginResponse>("""{"token":"SESSION_TOKEN","status":"SUCCESS"}""", BetfairJson.Options)!;
        Assert.Equal(("SESSION_TOKEN", "SUCCESS", null), (login.Token, login.Status, login.Error));
    }

    [Fact]
    public void Request_weights_follow_betfairs_table()
    {
        Assert.Equal(2, RequestWeight.PerMarket(null));
        Assert.Equal(5, RequestWeight.PerMarket(new PriceProjection([PriceData.ExBestOffers])));
        Assert.Equal(20, RequestWeight.PerMarket(new PriceProjection([PriceData.ExBestOffers, PriceData.ExTraded])));
        Assert.Equal(32, RequestWeight.PerMarket(new PriceProjection([PriceData.ExAllOffers, PriceData.ExTraded])));
        Assert.Equal(40, RequestWeight.MarketsPerCall(new PriceProjection([PriceData.ExBestOffers]), 200));
    }
}

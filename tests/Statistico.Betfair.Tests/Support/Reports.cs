using System.Text.Json;
using Statistico.Betfair.Api;

namespace Statistico.Betfair.Tests.Support;

/// <summary>Requests and exchange answers for scripted tests.</summary>
internal static class Reports
{
    public const string MarketId = "1.2345";

    public static PlaceOrdersRequest Request(string customerRef, params string[] customerOrderRefs) =>
        new(MarketId, [.. (customerOrderRefs.Length == 0 ? [customerRef + "-o"] : customerOrderRefs).Select(Instruction)], customerRef);

    public static PlaceInstruction Instruction(string customerOrderRef) =>
        new(OrderType.Limit, 47972, Side.Back, new LimitOrder(2m, 3.5m, PersistenceType.Lapse)) { CustomerOrderRef = customerOrderRef };

    /// <summary>A SUCCESS report for every instruction of the scripted placeOrders call.</summary>
    public static PlaceExecutionReport Placed(ScriptedCall call)
    {
        var request = call.Params.Deserialize<PlaceOrdersRequest>(BetfairJson.Options)!;
        return new PlaceExecutionReport
        {
            CustomerRef = request.CustomerRef, MarketId = request.MarketId, Status = ExecutionReportStatus.Success,
            InstructionReports = [.. request.Instructions.Select((i, n) => new PlaceInstructionReport
            {
                Status = InstructionReportStatus.Success, Instruction = i, BetId = (100 + n).ToString(System.Globalization.CultureInfo.InvariantCulture),
                OrderStatus = OrderStatus.Executable, SizeMatched = 0m, AveragePriceMatched = 0m,
            })],
        };
    }

    public static CurrentOrderSummary Order(string betId, string customerOrderRef, decimal sizeMatched = 0m) => new()
    {
        BetId = betId, MarketId = MarketId, SelectionId = 47972, PriceSize = new PriceSize(3.5m, 2m), Side = Side.Back,
        Status = OrderStatus.Executable, SizeMatched = sizeMatched, AveragePriceMatched = sizeMatched > 0 ? 3.5m : null,
        SizeRemaining = 2m - sizeMatched, CustomerOrderRef = customerOrderRef,
    };
}

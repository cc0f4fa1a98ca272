using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Statistico.Betfair.Api;
using Statistico.Betfair.Tests.Support;

namespace Statistico.Betfair.Tests;

/// <summary>
/// placeOrders has exactly three outcomes, whatever the exchange answers: placed, rejected (certainly not placed) or
/// unknown (look up by reference). Exchange states the Simulator does not produce are scripted on a loopback endpoint.
/// </summary>
[Trait("Category", "Unit")]
public sealed class PlacingOutcomeTests : IAsyncLifetime
{
    private ScriptedExchange? exchange;
    private IHost? host;

    private ScriptedExchange Exchange => exchange!;

    private IBetfairClient Client => host!.Services.GetRequiredService<IBetfairClient>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        exchange = await ScriptedExchange.StartAsync();
        host = ServiceHost.Build(Exchange.BaseUrl, s => s["Betfair:RequestTimeout"] = "00:00:00.500");
    }

    public async ValueTask DisposeAsync()
    {
        host?.Dispose();
        await Exchange.DisposeAsync();
    }

    [Fact]
    public async Task A_place_without_an_answer_in_time_is_looked_up_and_found()
    {
        Script(place: async _ =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None);
            return ScriptedExchange.Result(new PlaceExecutionReport());
        }, lookUp: _ => Found(Reports.Order("501", "slow-o")));

        var placed = Assert.IsType<OrdersPlaced>(await Client.PlaceOrdersAsync(Reports.Request("slow"), Ct));

        Assert.Equal(new PlacedOrder("slow-o", "501", 0m, null, OrderStatus.Executable), Assert.Single(placed.Orders));
        Assert.Equal((1, 1), (Exchange.Count("placeOrders"), Exchange.Count("listCurrentOrders")));
    }

    [Fact]
    public async Task A_place_without_an_answer_whose_look_up_fails_is_unknown_not_an_exception()
    {
        Script(place: _ => Task.FromResult(ScriptedExchange.ServerError()), lookUp: _ => ScriptedExchange.ServerError());

        var unknown = Assert.IsType<OrdersUnknown>(await Client.PlaceOrdersAsync(Reports.Request("dark", "dark-a", "dark-b"), Ct));

        Assert.Equal(["dark-a", "dark-b"], unknown.CustomerOrderRefs);
        Assert.Equal("dark", unknown.CustomerRef);
        Assert.Empty(unknown.Found);
        Assert.Equal(1, Exchange.Count("placeOrders"));
    }

    [Fact]
    public async Task A_place_cancelled_by_the_caller_in_flight_is_unknown()
    {
        using var caller = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        Script(place: async _ =>
        {
            await caller.CancelAsync();
            await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
            return ScriptedExchange.Result(new PlaceExecutionReport());
        }, lookUp: _ => Found());

        var unknown = Assert.IsType<OrdersUnknown>(await Client.PlaceOrdersAsync(Reports.Request("stop"), caller.Token));

        Assert.Equal(["stop-o"], unknown.CustomerOrderRefs);
    }

    [Fact]
    public async Task Duplicate_customer_order_refs_in_the_look_up_are_all_reported_not_thrown()
    {
        Script(place: _ => Task.FromResult(ScriptedExchange.ServerError()), lookUp: _ => Found(Reports.Order("7", "twice-o", 2m), Reports.Order("9", "twice-o")));

        var placed = Assert.IsType<OrdersPlaced>(await Client.PlaceOrdersAsync(Reports.Request("twice"), Ct));

        Assert.Equal(["7", "9"], placed.Orders.Select(o => o.BetId));
    }

    [Fact]
    public async Task An_instruction_timeout_is_resolved_by_look_up()
    {
        Script(place: call => Task.FromResult(ScriptedExchange.Result(Reports.Placed(call) with
        {
            Status = ExecutionReportStatus.Timeout,
            InstructionReports = [new PlaceInstructionReport { Status = InstructionReportStatus.Timeout, Instruction = Reports.Instruction("late-o") }],
        })), lookUp: _ => Found(Reports.Order("88", "late-o", 2m)));

        var placed = Assert.IsType<OrdersPlaced>(await Client.PlaceOrdersAsync(Reports.Request("late"), Ct));

        Assert.Equal(("88", 2m, 3.5m), (placed.Orders[0].BetId, placed.Orders[0].SizeMatched, placed.Orders[0].AveragePriceMatched));
    }

    [Fact]
    public async Task An_instruction_timeout_not_found_by_look_up_is_unknown_never_rejected()
    {
        Script(place: call => Task.FromResult(ScriptedExchange.Result(new PlaceExecutionReport
        {
            Status = ExecutionReportStatus.Failure, ErrorCode = ExecutionErrorCodes.BetActionError,
            InstructionReports = [new PlaceInstructionReport { Status = InstructionReportStatus.Timeout, Instruction = Reports.Instruction("lost-o") }],
        })), lookUp: _ => Found());

        Assert.IsType<OrdersUnknown>(await Client.PlaceOrdersAsync(Reports.Request("lost"), Ct));
    }

    [Fact]
    public async Task A_duplicate_transaction_is_resolved_to_the_first_order()
    {
        Script(place: _ => Task.FromResult(ScriptedExchange.Result(new PlaceExecutionReport
        {
            Status = ExecutionReportStatus.Failure, ErrorCode = ExecutionErrorCodes.DuplicateTransaction, MarketId = Reports.MarketId,
        })), lookUp: _ => Found(Reports.Order("41", "again-o")));

        var placed = Assert.IsType<OrdersPlaced>(await Client.PlaceOrdersAsync(Reports.Request("again"), Ct));

        Assert.Equal("41", Assert.Single(placed.Orders).BetId);
    }

    [Theory]
    [InlineData(ExecutionErrorCodes.InsufficientFunds, InstructionErrorCodes.InsufficientFunds)]
    [InlineData(ExecutionErrorCodes.MarketNotOpenForBetting, null)]
    [InlineData(ExecutionErrorCodes.BetActionError, InstructionErrorCodes.InvalidOdds)]
    public async Task A_plain_refusal_is_rejected_with_the_exchange_codes_and_no_look_up(string errorCode, string? instructionCode)
    {
        Script(place: _ => Task.FromResult(ScriptedExchange.Result(new PlaceExecutionReport
        {
            Status = ExecutionReportStatus.Failure, ErrorCode = errorCode,
            InstructionReports = instructionCode is null ? [] : [new PlaceInstructionReport { Status = InstructionReportStatus.Failure, ErrorCode = instructionCode, Instruction = Reports.Instruction("no-o") }],
        })), lookUp: _ => Found());

        var rejected = Assert.IsType<OrdersRejected>(await Client.PlaceOrdersAsync(Reports.Request("no"), Ct));

        Assert.Equal(errorCode, rejected.ErrorCode);
        Assert.Equal(instructionCode, rejected.Instructions.SingleOrDefault()?.ErrorCode);
        Assert.Equal(0, Exchange.Count("listCurrentOrders"));
    }

    [Fact]
    public async Task Processed_with_errors_reports_the_placed_orders_and_the_refused_ones_and_all_refused_is_rejected()
    {
        static PlaceInstructionReport Report(string reference, bool ok) => new()
        {
            Status = ok ? InstructionReportStatus.Success : InstructionReportStatus.Failure, ErrorCode = ok ? null : InstructionErrorCodes.InvalidOdds,
            Instruction = Reports.Instruction(reference), BetId = ok ? "61" : null, SizeMatched = 0m,
        };
        var allRefused = false;
        Script(place: _ => Task.FromResult(ScriptedExchange.Result(new PlaceExecutionReport
        {
            Status = ExecutionReportStatus.ProcessedWithErrors, ErrorCode = ExecutionErrorCodes.ProcessedWithErrors,
            InstructionReports = [Report("mixed-a", !allRefused), Report("mixed-b", false)],
        })), lookUp: _ => Found());

        var placed = Assert.IsType<OrdersPlaced>(await Client.PlaceOrdersAsync(Reports.Request("mixed", "mixed-a", "mixed-b"), Ct));
        allRefused = true;
        var rejected = Assert.IsType<OrdersRejected>(await Client.PlaceOrdersAsync(Reports.Request("mixed2", "mixed-a", "mixed-b"), Ct));

        Assert.Equal(("mixed-a", "61"), (Assert.Single(placed.Orders).CustomerOrderRef, placed.Orders[0].BetId));
        Assert.Equal(new RefusedInstruction("mixed-b", InstructionErrorCodes.InvalidOdds), Assert.Single(placed.Refused));
        Assert.Equal(2, rejected.Instructions.Count);
        Assert.Equal(0, Exchange.Count("listCurrentOrders"));
    }

    [Theory]
    [InlineData(ApingErrorCodes.TimeoutError, typeof(OrdersUnknown))]
    [InlineData(ApingErrorCodes.UnexpectedError, typeof(OrdersUnknown))]
    [InlineData(ApingErrorCodes.ServiceBusy, typeof(OrdersRejected))]
    [InlineData(ApingErrorCodes.InvalidInputData, typeof(OrdersRejected))]
    public async Task An_operation_error_is_rejected_only_when_the_exchange_cannot_have_acted(string errorCode, Type expected)
    {
        Script(place: _ => Task.FromResult(ScriptedExchange.ApingError(errorCode)), lookUp: _ => Found());

        var outcome = await Client.PlaceOrdersAsync(Reports.Request("aping"), Ct);

        Assert.IsType(expected, outcome);
        Assert.Equal(expected == typeof(OrdersUnknown) ? 1 : 0, Exchange.Count("listCurrentOrders"));
    }

    [Theory]
    [InlineData(null, "a-o")]
    [InlineData("a", null)]
    [InlineData("a", "")]
    [InlineData("has space", "a-o")]
    [InlineData("a", "123456789012345678901234567890123")]
    public async Task A_place_without_valid_caller_references_is_refused_before_anything_is_sent(string? customerRef, string? customerOrderRef)
    {
        var request = new PlaceOrdersRequest(Reports.MarketId, [Reports.Instruction("x") with { CustomerOrderRef = customerOrderRef }], customerRef);

        await Assert.ThrowsAsync<ArgumentException>(() => Client.PlaceOrdersAsync(request, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.PlaceOrdersAsync(Reports.Request("same", "dup-o", "dup-o"), Ct));
        Assert.Equal(0, Exchange.Count("placeOrders"));
    }

    private static IResult Found(params CurrentOrderSummary[] orders) => ScriptedExchange.Result(new CurrentOrderSummaryReport(orders, false));

    private void Script(Func<ScriptedCall, Task<IResult>> place, Func<ScriptedCall, IResult> lookUp) =>
        Exchange.Script = call => call.Operation switch
        {
            "placeOrders" => place(call),
            "listCurrentOrders" => Task.FromResult(lookUp(call)),
            _ => Task.FromResult(ScriptedExchange.ServerError()),
        };
}

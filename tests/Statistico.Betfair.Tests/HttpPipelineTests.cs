using Microsoft.Extensions.DependencyInjection;
using Statistico.Betfair.Api;
using Statistico.Betfair.Tests.Support;

namespace Statistico.Betfair.Tests;

/// <summary>
/// The HTTP pipeline of the client as a service builds it (ServiceDefaults adds the standard resilience handler to
/// every HttpClient): an order call reaches the exchange once, whatever fails; a read may be retried.
/// </summary>
[Trait("Category", "Unit")]
public sealed class HttpPipelineTests : IAsyncLifetime
{
    private ScriptedExchange? exchange;

    private ScriptedExchange Exchange => exchange!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => exchange = await ScriptedExchange.StartAsync();

    public async ValueTask DisposeAsync() => await Exchange.DisposeAsync();

    [Fact]
    public async Task A_place_that_fails_with_a_500_is_posted_exactly_once()
    {
        Exchange.Script = call => Task.FromResult(call switch
        {
            { Operation: "placeOrders", Number: 1 } => ScriptedExchange.ServerError(),
            { Operation: "placeOrders" } => ScriptedExchange.Result(Reports.Placed(call)),
            { Operation: "listCurrentOrders" } => ScriptedExchange.Result(new CurrentOrderSummaryReport([], false)),
            _ => ScriptedExchange.ServerError(),
        });
        using var host = ServiceHost.Build(Exchange.BaseUrl);
        var client = host.Services.GetRequiredService<IBetfairClient>();

        await IgnoringFailures(() => client.PlaceOrdersAsync(Reports.Request("pipe-1"), Ct));

        Assert.Equal(1, Exchange.Count("placeOrders"));
    }

    [Fact]
    public async Task A_partial_cancel_that_fails_with_a_500_is_posted_exactly_once()
    {
        Exchange.Script = call => Task.FromResult(call.Operation == "cancelOrders" && call.Number > 1
            ? ScriptedExchange.Result(new CancelExecutionReport { Status = ExecutionReportStatus.Success })
            : ScriptedExchange.ServerError());
        using var host = ServiceHost.Build(Exchange.BaseUrl);
        var client = host.Services.GetRequiredService<IBetfairClient>();

        await IgnoringFailures(() => client.CancelOrdersAsync(new CancelOrdersRequest("1.1", [new CancelInstruction("7", 2m)]), Ct));

        Assert.Equal(1, Exchange.Count("cancelOrders"));
    }

    [Fact]
    public async Task A_read_that_fails_with_a_500_once_is_retried()
    {
        Exchange.Script = call => Task.FromResult(call is { Operation: "listEvents", Number: 1 }
            ? ScriptedExchange.ServerError()
            : ScriptedExchange.Result(Array.Empty<EventResult>()));
        using var host = ServiceHost.Build(Exchange.BaseUrl);

        Assert.Empty(await host.Services.GetRequiredService<IBetfairClient>().ListEventsAsync(new MarketFilter(), Ct));
        Assert.Equal(2, Exchange.Count("listEvents"));
    }

    [Fact]
    public async Task An_order_is_not_resent_even_by_a_retrying_handler_added_to_the_client_after_registration()
    {
        Exchange.Script = call => Task.FromResult(call switch
        {
            { Operation: "placeOrders", Number: 1 } => ScriptedExchange.ServerError(),
            { Operation: "placeOrders" } => ScriptedExchange.Result(Reports.Placed(call)),
            { Operation: "listCurrentOrders" } => ScriptedExchange.Result(new CurrentOrderSummaryReport([], false)),
            _ => ScriptedExchange.ServerError(),
        });
        using var host = ServiceHost.Build(Exchange.BaseUrl, http: client => client.AddHttpMessageHandler(() => new NaiveRetryHandler()));
        var client = host.Services.GetRequiredService<IBetfairClient>();

        await IgnoringFailures(() => client.PlaceOrdersAsync(Reports.Request("pipe-2"), Ct));

        Assert.Equal(1, Exchange.Count("placeOrders"));
    }

    private static async Task IgnoringFailures(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception exception) when (exception is BetfairException or HttpRequestException)
        {
            // Only what reached the wire matters here.
        }
    }
}

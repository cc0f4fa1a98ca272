using Statistico.Betfair;
using Statistico.Betfair.Api;

namespace Statistico.Trader.Live.Faults;

/// <summary>
/// Fault injection for the process-kill tests (ADR 0614): on the Betfair HTTP client, stops every placeOrders call
/// forever at <see cref="PlaceOrdersHang"/> and says so on standard output with <see cref="Marker"/>, so the test knows
/// the moment to kill. The wait ignores cancellation on purpose: a request timeout must not turn the stop into an
/// ordinary lost answer, which the other tests already cover.
/// </summary>
internal sealed class PlaceOrdersHangHandler(PlaceOrdersHang hang) : DelegatingHandler
{
    public const string Marker = "STATISTICO-FAULT placeOrders stopped";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var placing = request.Options.TryGetValue(BetfairRequestOptions.Method, out var method) && method == BetfairMethods.PlaceOrders;
        if (placing && hang == PlaceOrdersHang.BeforeSend)
        {
            await StopAsync();
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (placing && hang == PlaceOrdersHang.AfterAnswer)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            await StopAsync();
        }

        return response;
    }

    private async Task StopAsync()
    {
        await Console.Out.WriteLineAsync($"{Marker} {hang}");
        await Console.Out.FlushAsync();
        await Task.Delay(Timeout.Infinite, CancellationToken.None);
    }
}

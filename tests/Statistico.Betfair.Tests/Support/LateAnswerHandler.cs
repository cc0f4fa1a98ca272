namespace Statistico.Betfair.Tests.Support;

/// <summary>
/// Lets a placeOrders request reach the exchange and be processed, then holds its answer back for <paramref name="delay"/>:
/// the client times out after the exchange accepted the order.
/// </summary>
internal sealed class LateAnswerHandler(TimeSpan delay) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var response = await base.SendAsync(request, CancellationToken.None);
        if (body.Contains("/placeOrders", StringComparison.Ordinal))
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            await Task.Delay(delay, cancellationToken);
        }

        return response;
    }
}

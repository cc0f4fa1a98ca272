namespace Statistico.Betfair.Tests.Support;

/// <summary>What a well-meaning colleague might add to any HttpClient: re-send the same request once on a 5xx.</summary>
internal sealed class NaiveRetryHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if ((int)response.StatusCode < 500)
        {
            return response;
        }

        response.Dispose();
        return await base.SendAsync(request, cancellationToken);
    }
}

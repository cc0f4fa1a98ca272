using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Resilience;

namespace Statistico.Betfair;

/// <summary>
/// Runs after every other configuration of the Betfair HTTP client (ServiceDefaults' ConfigureHttpClientDefaults, the
/// host's own, whatever order they were registered in): takes off every resilience handler, so only the client's own
/// retry rules apply, and puts <see cref="OrderSendGuard"/> innermost. ADR 0203.
/// </summary>
internal sealed class BetfairHandlerFilter : IHttpMessageHandlerBuilderFilter
{
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        if (builder.Name != BetfairServiceCollectionExtensions.HttpClientName)
        {
            return;
        }

        for (var i = builder.AdditionalHandlers.Count - 1; i >= 0; i--)
        {
            if (builder.AdditionalHandlers[i] is ResilienceHandler)
            {
                builder.AdditionalHandlers.RemoveAt(i);
            }
        }

        builder.AdditionalHandlers.Add(new OrderSendGuard());
    };
}

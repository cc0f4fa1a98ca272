using System.Text.Json;
using Statistico.Gateway.Proxy;

namespace Statistico.Gateway.Events;

/// <summary>Reads the services' summaries for the event stream; a service that does not answer in time reads as null.</summary>
internal sealed partial class SummaryReader(IHttpClientFactory clients, UpstreamAddresses addresses, ILogger<SummaryReader> logger)
{
    public const string ClientName = "summaries";

    /// <summary>Short: a stalled service must not hold back the other's news, and the next tick asks again.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<PlatformSummary> ReadAsync(CancellationToken cancellationToken)
    {
        var trader = ReadAsync(Upstream.Trader, cancellationToken);
        var warehouse = ReadAsync(Upstream.Warehouse, cancellationToken);
        return new PlatformSummary(await trader, await warehouse);
    }

    private async Task<JsonElement?> ReadAsync(Upstream upstream, CancellationToken cancellationToken)
    {
        if (addresses.Of(upstream) is not { } baseUrl)
        {
            return null;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            var client = clients.CreateClient(ClientName);
            return await client.GetFromJsonAsync<JsonElement>(new Uri(baseUrl, "api/summary"), timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or JsonException
                                  && !cancellationToken.IsCancellationRequested)
        {
            LogUnanswered(upstream.Prefix, e.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Service} summary did not answer: {Reason}")]
    private partial void LogUnanswered(string service, string reason);
}

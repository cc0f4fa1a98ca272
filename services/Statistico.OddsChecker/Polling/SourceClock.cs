using System.Text.Json;
using Statistico.OddsChecker.Sources;

namespace Statistico.OddsChecker.Polling;

/// <summary>The time in the world a source prices: the wall clock, or the clock a source publishes (the Simulator's).</summary>
internal sealed class SourceClock(IHttpClientFactory httpClients, TimeProvider time)
{
    public const string HttpClientName = "source-clock";

    public async Task<DateTimeOffset> NowAsync(SourceOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ClockUrl is not { } url)
        {
            return time.GetUtcNow();
        }

        using var http = httpClients.CreateClient(HttpClientName);
        await using var body = await http.GetStreamAsync(url, cancellationToken);
        using var status = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        return status.RootElement.GetProperty("simulatedTime").GetDateTimeOffset();
    }
}

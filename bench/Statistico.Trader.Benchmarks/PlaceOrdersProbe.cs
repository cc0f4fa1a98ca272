using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Statistico.Trader.Benchmarks;

/// <summary>
/// The Trader's last hop to the Simulator: records, per placeOrders call, the customer order reference, when the call
/// left the Trader and when the Simulator's answer came back saying SUCCESS (the order accepted and committed at the
/// exchange). Same process, same <see cref="Stopwatch"/> clock as the feed's scheduled send times.
/// </summary>
internal sealed partial class PlaceOrdersProbe(Func<HttpMessageHandler> simulator) : DelegatingHandler(simulator())
{
    public ConcurrentDictionary<string, PlaceOrdersCall> Calls { get; } = new(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var reference = body.Contains("/placeOrders", StringComparison.Ordinal) ? Reference().Match(body) : null;
        var sent = Stopwatch.GetTimestamp();
        var response = await base.SendAsync(request, cancellationToken);
        if (reference is { Success: true })
        {
            var answer = await response.Content.ReadAsStringAsync(cancellationToken);
            var accepted = Stopwatch.GetTimestamp();
            Calls[reference.Groups[1].Value] = new PlaceOrdersCall(sent, accepted, answer.Contains("\"SUCCESS\"", StringComparison.Ordinal));
        }

        return response;
    }

    [GeneratedRegex("\"customerOrderRef\"\\s*:\\s*\"([^\"]+)\"")]
    private static partial Regex Reference();
}

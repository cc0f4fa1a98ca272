using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Statistico.Gateway.Events;

/// <summary>
/// The events of one <c>/api/events</c> connection: the platform's summary at once, then again whenever it changes
/// (asked every <see cref="GatewayOptions.SummaryInterval"/>). Unchanged, it is sent again after <see cref="KeepAlive"/>
/// so that proxies which close quiet connections do not. Each connection asks for itself: an operator's screen or
/// two, not a public feed.
/// </summary>
internal sealed class SummaryStream(SummaryReader reader, IOptions<GatewayOptions> options, TimeProvider time)
{
    public const string EventType = "summary";

    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(30);

    public async IAsyncEnumerable<SseItem<PlatformSummary>> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? lastSent = null;
        var lastSentAt = DateTimeOffset.MinValue;
        using var ticks = new PeriodicTimer(options.Value.SummaryInterval, time);
        do
        {
            var summary = await reader.ReadAsync(cancellationToken);
            var text = JsonSerializer.Serialize(summary);
            var now = time.GetUtcNow();
            if (text != lastSent || now - lastSentAt >= KeepAlive)
            {
                lastSent = text;
                lastSentAt = now;
                yield return new SseItem<PlatformSummary>(summary, EventType);
            }
        }
        while (await ticks.WaitForNextTickAsync(cancellationToken));
    }
}

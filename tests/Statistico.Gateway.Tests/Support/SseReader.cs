using System.Net.ServerSentEvents;
using System.Text.Json;

namespace Statistico.Gateway.Tests.Support;

/// <summary>Reads a text/event-stream with .NET's own parser, one event at a time, each within a time limit.</summary>
internal sealed class SseReader(Stream stream) : IAsyncDisposable
{
    private readonly IAsyncEnumerator<SseItem<JsonElement>> events = SseParser
        .Create(stream, (type, data) => JsonSerializer.Deserialize<JsonElement>(data))
        .EnumerateAsync()
        .GetAsyncEnumerator();

    private Task<bool>? pending;

    /// <summary>The next event; a <see cref="TimeoutException"/> when none comes in time (the read stays pending for the next call).</summary>
    public async Task<(string Type, JsonElement Data)> NextAsync(TimeSpan within)
    {
        pending ??= events.MoveNextAsync().AsTask();
        var finished = await Task.WhenAny(pending, Task.Delay(within, TestContext.Current.CancellationToken));
        if (finished != pending)
        {
            throw new TimeoutException($"no event within {within}");
        }

        var moved = await pending;
        pending = null;
        Assert.True(moved, "the stream ended");
        return (events.Current.EventType, events.Current.Data);
    }

    public async ValueTask DisposeAsync()
    {
        await stream.DisposeAsync();
        pending = null;
    }
}

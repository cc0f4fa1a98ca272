using System.Diagnostics;

namespace Statistico.Trader.Benchmarks;

/// <summary>
/// Open-loop sending: message i is due at start + i / rate whatever happened to the ones before it, and its latency is
/// measured from that due time, not from when the sender got round to it, so a stalled sender or a queue cannot hide
/// its waiting (no coordinated omission). The sender never awaits a send.
/// </summary>
internal sealed class OpenLoopSchedule(int rate)
{
    private long start;

    /// <summary>The Stopwatch timestamp message <paramref name="index"/> was due at.</summary>
    public long Due(int index) => start + (long)(index * (double)Stopwatch.Frequency / rate);

    /// <summary>Calls <paramref name="send"/> for messages 0 … count − 1, each as soon as it is due.</summary>
    public async Task RunAsync(int count, Action<int> send)
    {
        start = Stopwatch.GetTimestamp();
        var next = 0;
        while (next < count)
        {
            var now = Stopwatch.GetTimestamp();
            while (next < count && Due(next) <= now)
            {
                send(next++);
            }

            await Task.Delay(1);
        }
    }
}

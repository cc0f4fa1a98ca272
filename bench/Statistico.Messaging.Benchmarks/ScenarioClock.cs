using System.Diagnostics;

namespace Statistico.Messaging.Benchmarks;

/// <summary>Wall time, the machine's busy CPU time and this process's CPU time of one scenario, from <see cref="Start"/> to <see cref="Stop"/>.</summary>
internal sealed class ScenarioClock
{
    private readonly Stopwatch wall = Stopwatch.StartNew();
    private readonly TimeSpan busyAtStart = MachineCpu.Busy();
    private readonly TimeSpan processAtStart = ProcessTime();

    public TimeSpan Elapsed => wall.Elapsed;

    public static ScenarioClock Start() => new();

    public Scenario Stop(string name, int operations) =>
        new(name, operations, wall.Elapsed, MachineCpu.Busy() - busyAtStart, ProcessTime() - processAtStart);

    private static TimeSpan ProcessTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}

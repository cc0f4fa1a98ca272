using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Statistico.Trader.Benchmarks;

/// <summary>
/// This process's CPU and the JIT's own counters (methods compiled, time spent compiling, over every thread) at one
/// instant, with the machine's load average: two readings bracket a window, so a run can show whether tiered
/// compilation was still going on while it was measured (a process a minute old is still re-compiling its hot methods).
/// </summary>
internal sealed record ProcessCounters(long Timestamp, TimeSpan Cpu, long JitMethods, TimeSpan JitTime, string Load)
{
    public static ProcessCounters Now()
    {
        using var process = Process.GetCurrentProcess();
        return new(Stopwatch.GetTimestamp(), process.TotalProcessorTime, JitInfo.GetCompiledMethodCount(currentThread: false),
            JitInfo.GetCompilationTime(currentThread: false), LoadAverage());
    }

    /// <summary>One line for the window from <paramref name="start"/> to this reading, with the CPU per observation of it.</summary>
    public string Since(ProcessCounters start, string name, int observations)
    {
        var seconds = Stopwatch.GetElapsedTime(start.Timestamp, Timestamp).TotalSeconds;
        var cpu = Cpu - start.Cpu;
        return string.Create(CultureInfo.InvariantCulture,
            $"{name}: {seconds:F1} s, load {start.Load} → {Load}; CPU {cpu.TotalSeconds:F1} s ({cpu.TotalSeconds / seconds:F2} of a core), {cpu.TotalMilliseconds * 1000 / Math.Max(observations, 1):F0} µs per observation ({observations:N0}); JIT {JitMethods - start.JitMethods:N0} methods compiled, {(JitTime - start.JitTime).TotalMilliseconds:F0} ms compiling");
    }

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}

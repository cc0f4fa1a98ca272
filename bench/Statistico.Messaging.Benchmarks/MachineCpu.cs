using System.Globalization;

namespace Statistico.Messaging.Benchmarks;

/// <summary>
/// The whole machine's busy CPU time from <c>/proc/stat</c> (every process: this one, Postgres, RabbitMQ), so a
/// scenario can say what one operation costs the machine. On this 2-core box the layer is CPU-bound, and that cost,
/// not the database's commit floor, is what sets its rate.
/// </summary>
internal static class MachineCpu
{
    private static readonly double TicksPerSecond = 100; // USER_HZ: 100 on every Linux architecture .NET runs on

    /// <summary>Busy time (everything but idle and I/O wait) since boot; zero where /proc/stat is not there.</summary>
    public static TimeSpan Busy()
    {
        if (!File.Exists("/proc/stat"))
        {
            return TimeSpan.Zero;
        }

        // "cpu  user nice system idle iowait irq softirq steal ..."
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var busy = fields.Take(8).Sum() - fields[3] - fields[4];
        return TimeSpan.FromSeconds(busy / TicksPerSecond);
    }
}

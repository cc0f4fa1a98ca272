using System.Globalization;
using Statistico.Cli.Status;
using Statistico.Cli.Tests.Support;

namespace Statistico.Cli.Tests.Status;

/// <summary>
/// Seven fake services on loopback, one per <see cref="StatusTarget"/>, answering as a running platform would; any of
/// them may be replaced by a URL nothing listens on, or by one whose <c>/health</c> says 503; or, moving, a platform
/// whose world clock and counts go on between reads.
/// </summary>
internal sealed class FakePlatform : IAsyncDisposable
{
    public const string World = """{"mode":"Synthetic","seed":42,"simulatedTime":"2026-08-15T14:30:00Z","speed":60,"paused":false,"fixtures":380,"firstKickOff":"2026-08-15T14:00:00Z","lastKickOff":"2027-05-23T15:00:00Z"}""";

    private readonly List<FakeService> services = [];
    private readonly Dictionary<string, string> urls = [];
    private int worldReads;

    private FakePlatform()
    {
    }

    /// <summary>The platform; <paramref name="down"/> names a service that is not running, <paramref name="unhealthy"/> one whose /health says 503.</summary>
    public static async Task<FakePlatform> StartAsync(string? down = null, string? unhealthy = null)
    {
        var platform = new FakePlatform();
        foreach (var target in StatusTarget.All)
        {
            if (target.Name == down)
            {
                platform.urls[target.Option] = ClosedPort.Url();
                continue;
            }

            var service = await FakeService.StartAsync(
                healthStatus: target.Name == unhealthy ? 503 : 200,
                summary: target == StatusTarget.Simulator ? null : Summary(target.Name),
                world: target == StatusTarget.Simulator ? World : null);
            platform.services.Add(service);
            platform.urls[target.Option] = service.Url.AbsoluteUri;
        }

        return platform;
    }

    /// <summary>
    /// A platform that moves as a running one does: the n-th read of the world clock (from 0) says 14:30 plus n simulated
    /// minutes, and the n-th read of a service's summary counts 1,234 plus n on its first line.
    /// </summary>
    public static async Task<FakePlatform> StartMovingAsync()
    {
        var platform = new FakePlatform();
        foreach (var target in StatusTarget.All)
        {
            var summaryReads = -1;
            var service = target == StatusTarget.Simulator
                ? await FakeService.StartAsync(200, () => null, () => WorldAt(Interlocked.Increment(ref platform.worldReads) - 1))
                : await FakeService.StartAsync(200, () => Summary(target.Name, 1234 + Interlocked.Increment(ref summaryReads)), () => null);
            platform.services.Add(service);
            platform.urls[target.Option] = service.Url.AbsoluteUri;
        }

        return platform;
    }

    /// <summary>How many times the world clock was read: once per refresh of <c>status</c>.</summary>
    public int WorldReads => Volatile.Read(ref worldReads);

    /// <summary>The world clock <paramref name="minutes"/> simulated minutes after <see cref="World"/>'s.</summary>
    public static string WorldAt(int minutes) => World.Replace(
        "\"simulatedTime\":\"2026-08-15T14:30:00Z\"",
        "\"simulatedTime\":\"" + new DateTimeOffset(2026, 8, 15, 14, 30, 0, TimeSpan.Zero).AddMinutes(minutes).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + "\"",
        StringComparison.Ordinal);

    /// <summary><c>status</c> pointed at this platform's URLs (but where <paramref name="args"/> names a URL itself), then <paramref name="args"/>.</summary>
    public string[] Args(params string[] args) =>
        ["status", .. urls.Where(u => !args.Contains(u.Key)).SelectMany(u => new[] { u.Key, u.Value }), .. args];

    public string UrlOf(string option) => urls[option];

    /// <summary>A summary as the services write it: two lines, the second with a P&amp;L amount for the Trader.</summary>
    public static string Summary(string service, long count = 1234) => service == "trader-service"
        ? """{"service":"trader","lines":[{"name":"trades Settled","count":7,"latest":"2026-08-15T14:00:00+00:00","amount":null},{"name":"net P&L PAPER","count":7,"latest":"2026-08-15T16:05:00+00:00","amount":-3.25}]}"""
        : $$"""{"service":"{{service}}","lines":[{"name":"{{service}} things","count":{{count}},"latest":"2026-08-15T14:29:00+00:00","amount":null},{"name":"{{service}} other","count":0,"latest":null,"amount":null}]}""";

    public async ValueTask DisposeAsync()
    {
        foreach (var service in services)
        {
            await service.DisposeAsync();
        }
    }
}

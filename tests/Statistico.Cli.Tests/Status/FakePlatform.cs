using Statistico.Cli.Status;
using Statistico.Cli.Tests.Support;

namespace Statistico.Cli.Tests.Status;

/// <summary>
/// Seven fake services on loopback, one per <see cref="StatusTarget"/>, answering as a running platform would; any of
/// them may be replaced by a URL nothing listens on, or by one whose <c>/health</c> says 503.
/// </summary>
internal sealed class FakePlatform : IAsyncDisposable
{
    public const string World = """{"mode":"Synthetic","seed":42,"simulatedTime":"2026-08-15T14:30:00Z","speed":60,"paused":false,"fixtures":380,"firstKickOff":"2026-08-15T14:00:00Z","lastKickOff":"2027-05-23T15:00:00Z"}""";

    private readonly List<FakeService> services = [];
    private readonly Dictionary<string, string> urls = [];

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

    /// <summary><c>status</c> pointed at this platform's URLs (but where <paramref name="args"/> names a URL itself), then <paramref name="args"/>.</summary>
    public string[] Args(params string[] args) =>
        ["status", .. urls.Where(u => !args.Contains(u.Key)).SelectMany(u => new[] { u.Key, u.Value }), .. args];

    public string UrlOf(string option) => urls[option];

    /// <summary>A summary as the services write it: two lines, the second with a P&amp;L amount for the Trader.</summary>
    public static string Summary(string service) => service == "trader-service"
        ? """{"service":"trader","lines":[{"name":"trades Settled","count":7,"latest":"2026-08-15T14:00:00+00:00","amount":null},{"name":"net P&L PAPER","count":7,"latest":"2026-08-15T16:05:00+00:00","amount":-3.25}]}"""
        : $$"""{"service":"{{service}}","lines":[{"name":"{{service}} things","count":1234,"latest":"2026-08-15T14:29:00+00:00","amount":null},{"name":"{{service}} other","count":0,"latest":null,"amount":null}]}""";

    public async ValueTask DisposeAsync()
    {
        foreach (var service in services)
        {
            await service.DisposeAsync();
        }
    }
}

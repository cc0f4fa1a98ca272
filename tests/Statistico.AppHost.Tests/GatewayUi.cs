using System.Globalization;
using Statistico.Testing;

namespace Statistico.AppHost.Tests;

/// <summary>
/// The gateway's key in the AppHost tests, and the web UI's end-to-end check (services/Statistico.Web/e2e/ui-check.mjs:
/// headless Chromium through playwright-core, both installed by scripts/prerequisites.sh) run against a running platform.
/// </summary>
internal static class GatewayUi
{
    public const string KeySetting = "AppHost:GatewayApiKey";

    public const string Key = "apphost-test-key-0123456789abcdef";

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static async Task CheckInChromiumAsync(Uri gateway, int minimumTrades, ITestOutputHelper output, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(Limit);
        var result = await ProcessRunner.RunAsync("node",
            ["e2e/ui-check.mjs", gateway.ToString(), Key, "--min-trades", minimumTrades.ToString(CultureInfo.InvariantCulture)],
            Path.Combine(RepositoryRoot.Path, "services", "Statistico.Web"), cancellationToken: limit.Token);

        output.WriteLine(result.Output);
        Assert.True(result.ExitCode == 0, $"the web UI check failed ({result.ExitCode}):\n{result.Output}\n{result.Error}");
    }
}

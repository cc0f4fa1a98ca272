using System.Diagnostics;
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
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Path.Combine(RepositoryRoot.Path, "services", "Statistico.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "e2e/ui-check.mjs", gateway.ToString(), Key, "--min-trades", minimumTrades.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(Limit);
        var stdout = process.StandardOutput.ReadToEndAsync(limit.Token);
        var stderr = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        output.WriteLine(await stdout);
        Assert.True(process.ExitCode == 0, $"the web UI check failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
    }
}

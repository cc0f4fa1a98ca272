using System.Diagnostics;
using Statistico.Testing;

namespace Statistico.Gateway.Tests;

/// <summary>
/// The web UI's own Vitest suite (services/Statistico.Web/tests: event-stream parsing, the P&amp;L series, the key's
/// handling, ProblemDetails messages), run from here so the README's one test command runs it and counts its failure.
/// </summary>
[Trait("Category", "Unit")]
public sealed class WebUiUnitTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_web_uis_own_tests_pass()
    {
        var start = new ProcessStartInfo("npm")
        {
            WorkingDirectory = Path.Combine(RepositoryRoot.Path, "services", "Statistico.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("test");
        start.Environment["CI"] = "true";
        start.Environment["NO_COLOR"] = "1";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        output.WriteLine(await stdout);
        Assert.True(process.ExitCode == 0, $"vitest failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
        Assert.Matches(@"Tests +\d+ passed", await stdout);
    }
}

using Statistico.Testing;

namespace Statistico.Gateway.Tests;

/// <summary>
/// The web UI's own Vitest suite (services/Statistico.Web/tests: event-stream parsing, the P&amp;L and price series,
/// the throttle, the key's handling, ProblemDetails messages), run from here so the README's one test command runs it
/// and counts its failure.
/// </summary>
[Trait("Category", "Unit")]
public sealed class WebUiUnitTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_web_uis_own_tests_pass()
    {
        // Vitest colours its summary when it sees a CI variable, even into a pipe; the summary is read as plain text.
        var result = await ProcessRunner.RunAsync("npm", ["test"], Path.Combine(RepositoryRoot.Path, "services", "Statistico.Web"),
            environment: new Dictionary<string, string> { ["NO_COLOR"] = "1" }, cancellationToken: TestContext.Current.CancellationToken);

        output.WriteLine(result.Output);
        Assert.True(result.ExitCode == 0, $"vitest failed ({result.ExitCode}):\n{result.Output}\n{result.Error}");
        Assert.Matches(@"Tests +\d+ passed", result.Output);
    }
}

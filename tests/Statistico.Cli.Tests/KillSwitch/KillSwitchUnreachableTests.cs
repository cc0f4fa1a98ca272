using System.Net;
using System.Net.Sockets;
using System.Text;
using Statistico.Cli.KillSwitch;
using Statistico.Cli.Tests.Support;

namespace Statistico.Cli.Tests.KillSwitch;

/// <summary>
/// <c>statistico kill-switch</c> when there is no Trader to talk to (a loopback port nothing listens on), when the
/// Trader answers with a server error, and with bad options: a non-zero exit and a message that says where and why.
/// </summary>
[Trait("Category", "Unit")]
public sealed class KillSwitchUnreachableTests
{
    [Fact]
    public async Task An_unreachable_Trader_fails_naming_its_URL()
    {
        var url = ClosedLoopbackUrl();

        var (exitCode, output) = await CliRunner.RunAsync("kill-switch", "status", "--trader", url);

        Assert.Equal(1, exitCode);
        Assert.Contains($"the Trader at {url}/ could not be reached", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Kill switch:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Engaging_on_an_unreachable_Trader_says_nothing_changed()
    {
        var url = ClosedLoopbackUrl();

        var (exitCode, output) = await CliRunner.RunAsync("kill-switch", "on", "--reason", "outage", "--trader", url);

        Assert.Equal(1, exitCode);
        Assert.Contains($"the Trader at {url}/ could not be reached", output, StringComparison.Ordinal);
        Assert.Contains("The kill switch was not changed.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_trader_the_URL_comes_from_the_environment()
    {
        var url = ClosedLoopbackUrl();
        var before = Environment.GetEnvironmentVariable(KillSwitchCommand.EnvironmentVariable);
        Environment.SetEnvironmentVariable(KillSwitchCommand.EnvironmentVariable, url);
        try
        {
            var (exitCode, output) = await CliRunner.RunAsync("kill-switch", "status");

            Assert.Equal(1, exitCode);
            Assert.Contains($"the Trader at {url}/ could not be reached", output, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(KillSwitchCommand.EnvironmentVariable, before);
        }
    }

    [Fact]
    public async Task A_server_error_shows_the_problem_title_and_detail()
    {
        using var handler = new ProblemHandler();

        var (exitCode, output) = await CliRunner.RunAsync(
            uri => new HttpClient(handler, disposeHandler: false) { BaseAddress = uri }, "kill-switch", "off", "--trader", "http://trader.test");

        Assert.Equal(1, exitCode);
        Assert.Contains("the Trader at http://trader.test/ answered 503: Database unavailable: the kill switch table could not be read.", output, StringComparison.Ordinal);
        Assert.Contains("Whether the kill switch changed is unknown", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("on")]
    [InlineData("on", "--reason", " ")]
    [InlineData("status", "--trader", "not a url")]
    [InlineData("status", "--trader", "ftp://trader.test")]
    public async Task Bad_options_fail_with_a_usage_error_before_any_request(params string[] args)
    {
        var (exitCode, output) = await CliRunner.RunAsync(
            _ => throw new InvalidOperationException("no request expected"), ["kill-switch", .. args]);

        Assert.Equal(2, exitCode);
        Assert.Contains("error:", output, StringComparison.Ordinal);
    }

    /// <summary>http://127.0.0.1:port on a port that was free a moment ago: connecting is refused.</summary>
    private static string ClosedLoopbackUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }

    /// <summary>Answers every request as the Trader would when its database is down: a 503 ProblemDetails.</summary>
    private sealed class ProblemHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            {
                Content = new StringContent(
                    """{"type":"https://tools.ietf.org/html/rfc9110#section-15.6.4","title":"Database unavailable","status":503,"detail":"the kill switch table could not be read."}""",
                    Encoding.UTF8,
                    "application/problem+json"),
            });
    }
}

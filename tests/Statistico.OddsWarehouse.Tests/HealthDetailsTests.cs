using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Statistico.ServiceDefaults;

namespace Statistico.OddsWarehouse.Tests;

/// <summary>
/// /health is unauthenticated in every environment: a failing check's exception text (a database host, a broker
/// address) is shown only to a caller on loopback or in Development; anyone else gets each check's status.
/// </summary>
[Trait("Category", "Unit")]
public sealed class HealthDetailsTests
{
    private const string Secret = "Failed to connect to db-7.internal:5432";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_remote_caller_outside_development_sees_statuses_but_no_exception_text()
    {
        await using var app = await StartAsync(Environments.Production);

        var (status, body) = await GetHealthAsync(app, IPAddress.Parse("10.1.2.3"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("\"database\":{\"status\":\"Unhealthy\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("db-7.internal", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caller_of_unknown_address_outside_development_sees_no_exception_text()
    {
        await using var app = await StartAsync(Environments.Production);

        var (_, body) = await GetHealthAsync(app, remote: null);

        Assert.DoesNotContain("db-7.internal", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_loopback_caller_sees_the_detail()
    {
        await using var app = await StartAsync(Environments.Production);

        var (_, body) = await GetHealthAsync(app, IPAddress.Loopback);

        Assert.Contains(Secret, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_shows_the_detail_to_anyone()
    {
        await using var app = await StartAsync(Environments.Development);

        var (_, body) = await GetHealthAsync(app, IPAddress.Parse("10.1.2.3"));

        Assert.Contains(Secret, body, StringComparison.Ordinal);
    }

    private static async Task<WebApplication> StartAsync(string environment)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.AddServiceDefaults();
        builder.Services.AddHealthChecks().AddCheck("database", () => HealthCheckResult.Unhealthy(exception: new InvalidOperationException(Secret)));
        var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.StartAsync(Ct);
        return app;
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetHealthAsync(WebApplication app, IPAddress? remote)
    {
        var context = await app.GetTestServer().SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/health";
            c.Connection.RemoteIpAddress = remote;
        }, Ct);
        using var reader = new StreamReader(context.Response.Body);
        return ((HttpStatusCode)context.Response.StatusCode, await reader.ReadToEndAsync(Ct));
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Statistico.Testing;

namespace Statistico.Betfair.Tests;

/// <summary>Non-interactive login as a bot does it (ADR 1011): /api/certlogin's token opens the JSON-RPC endpoints.</summary>
[Trait("Category", "Integration")]
public sealed class CertificateLoginTests(TestInfrastructure infrastructure) : IAsyncLifetime
{
    private IsolatedDatabase? database;
    private SimulatorFactory? factory;
    private HttpClient? http;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await infrastructure.CreateDatabaseAsync("betfaircert");
        factory = new SimulatorFactory(database.ConnectionString, SimulatedExchange.Settings);
        http = factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        http?.Dispose();
        await factory!.DisposeAsync();
        await database!.DisposeAsync();
    }

    [Fact]
    public async Task Certificate_login_gives_a_session_token_that_the_exchange_accepts_and_refuses_a_wrong_password()
    {
        var ok = await LoginAsync("simulator");
        var wrong = await LoginAsync("not-it");
        using var call = new HttpRequestMessage(HttpMethod.Post, "/exchange/account/json-rpc/v1")
        {
            Content = JsonContent.Create(new { jsonrpc = "2.0", method = "AccountAPING/v1.0/getAccountFunds", @params = new { }, id = 1 }),
        };
        call.Headers.Add("X-Application", "simulator-app-key");
        call.Headers.Add("X-Authentication", ok.GetProperty("sessionToken").GetString());
        using var answer = await http!.SendAsync(call, Ct);
        var funds = await answer.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal("SUCCESS", ok.GetProperty("loginStatus").GetString());
        Assert.Equal("INVALID_USERNAME_OR_PASSWORD", wrong.GetProperty("loginStatus").GetString());
        Assert.False(wrong.TryGetProperty("sessionToken", out _));
        Assert.True(funds.GetProperty("result").GetProperty("availableToBetBalance").GetDecimal() > 0);
    }

    private async Task<JsonElement> LoginAsync(string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/certlogin")
        {
            Content = new FormUrlEncodedContent([new("username", "statistico"), new("password", password)]),
        };
        request.Headers.Add("X-Application", "simulator-app-key");
        using var response = await http!.SendAsync(request, Ct);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }
}

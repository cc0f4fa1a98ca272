using System.Net.Http.Json;
using System.Text.Json;

namespace Statistico.Betfair.Tests.Support;

/// <summary>
/// JSON-RPC straight to the Simulator, past the client's own checks: what the exchange answers to a request the client
/// would never send.
/// </summary>
internal sealed class RawJsonRpc(HttpClient http)
{
    private string? token;

    public async Task<JsonElement> CallAsync(string operation, object parameters, CancellationToken cancellationToken)
    {
        token ??= await LoginAsync(cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/exchange/betting/json-rpc/v1")
        {
            Content = JsonContent.Create(new { jsonrpc = "2.0", method = "SportsAPING/v1.0/" + operation, @params = parameters, id = 1 }),
        };
        request.Headers.Add("X-Application", "simulator-app-key");
        request.Headers.Add("X-Authentication", token);
        using var response = await http.SendAsync(request, cancellationToken);
        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }

    private async Task<string> LoginAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/login")
        {
            Content = new FormUrlEncodedContent([new("username", "statistico"), new("password", "simulator")]),
        };
        request.Headers.Add("X-Application", "simulator-app-key");
        request.Headers.Add("Accept", "application/json");
        using var response = await http.SendAsync(request, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("token").GetString()!;
    }
}

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

    public Task<JsonElement> CallAsync(string operation, object parameters, CancellationToken cancellationToken) =>
        SendAsync("/exchange/betting/json-rpc/v1", JsonContent.Create(new { jsonrpc = "2.0", method = "SportsAPING/v1.0/" + operation, @params = parameters, id = 1 }), cancellationToken);

    /// <summary>An Accounts API operation, on the accounts endpoint as Betfair has it.</summary>
    public Task<JsonElement> CallAccountAsync(string operation, object parameters, CancellationToken cancellationToken) =>
        SendAsync("/exchange/account/json-rpc/v1", JsonContent.Create(new { jsonrpc = "2.0", method = "AccountAPING/v1.0/" + operation, @params = parameters, id = 1 }), cancellationToken);

    /// <summary>A request body exactly as given (a sample from Betfair's documentation, or a malformed one).</summary>
    public Task<JsonElement> CallRawAsync(string body, CancellationToken cancellationToken, string path = "/exchange/betting/json-rpc/v1") =>
        SendAsync(path, new StringContent(body, System.Text.Encoding.UTF8, "application/json"), cancellationToken);

    private async Task<JsonElement> SendAsync(string path, HttpContent content, CancellationToken cancellationToken)
    {
        token ??= await LoginAsync(cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
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

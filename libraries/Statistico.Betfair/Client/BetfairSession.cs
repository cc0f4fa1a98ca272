using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using Statistico.Betfair.Api;

namespace Statistico.Betfair;

/// <summary>
/// One session token shared by every call (Betfair allows one session for many threads): logged in lazily, kept alive
/// on an interval, and replaced when the exchange says it is no longer valid.
/// </summary>
public sealed class BetfairSession(HttpClient http, IOptions<BetfairOptions> options, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile string? token;
    private long refreshedAtTicks;

    /// <summary>A valid session token, logging in or keeping alive as needed.</summary>
    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        var current = token;
        if (current is not null && IsFresh())
        {
            return current;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (token is not null && IsFresh())
            {
                return token;
            }

            if (token is not null && await TryKeepAliveAsync(token, cancellationToken))
            {
                return token;
            }

            return await LoginAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    /// <summary>Forgets <paramref name="rejected"/> so the next call logs in again (the exchange said it is invalid).</summary>
    public void Invalidate(string rejected)
    {
#pragma warning disable CS0420 // Interlocked gives the volatile field its own full fence.
        Interlocked.CompareExchange(ref token, null, rejected);
#pragma warning restore CS0420
    }

    private bool IsFresh() => time.GetUtcNow().UtcTicks - Interlocked.Read(ref refreshedAtTicks) < options.Value.KeepAliveInterval.Ticks;

    private void MarkRefreshed() => Interlocked.Exchange(ref refreshedAtTicks, time.GetUtcNow().UtcTicks);

    private async Task<string> LoginAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.IdentityEndpoint, "login"))
        {
            Content = new FormUrlEncodedContent([new("username", settings.Username), new("password", settings.Password)]),
        };
        var answer = await SendAsync(request, cancellationToken);
        if (answer?.Status != "SUCCESS" || string.IsNullOrEmpty(answer.Token))
        {
            throw new BetfairSessionException(answer?.Status, answer?.Error);
        }

        MarkRefreshed();
        token = answer.Token;
        return answer.Token;
    }

    private async Task<bool> TryKeepAliveAsync(string current, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Value.IdentityEndpoint, "keepAlive"));
        request.Headers.Add("X-Authentication", current);
        try
        {
            var answer = await SendAsync(request, cancellationToken);
            if (answer?.Status == "SUCCESS")
            {
                MarkRefreshed();
                return true;
            }
        }
        catch (HttpRequestException)
        {
            // A failed keep-alive is not fatal: a fresh login follows.
        }

        token = null;
        return false;
    }

    private async Task<LoginResponse?> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Without Accept: application/json the SSO answers with an HTML page.
        request.Headers.Add("Accept", "application/json");
        request.Headers.Add("X-Application", options.Value.AppKey);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<LoginResponse>(BetfairJson.Options, cancellationToken);
    }
}

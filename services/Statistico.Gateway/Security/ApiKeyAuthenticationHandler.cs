using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Statistico.Gateway.Security;

/// <summary>
/// Authenticates a request by its <c>X-Api-Key</c> header (ASP.NET Core has no API-key scheme of its own; ADR 1200).
/// A missing or wrong key is challenged with a 401 ProblemDetails that says which header to send, never which keys exist.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyRing keys,
    IProblemDetailsService problemDetails)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private static readonly ClaimsPrincipal Caller = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "api-key")], ApiKeyDefaults.Scheme));

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyDefaults.HeaderName, out var presented))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        return Task.FromResult(presented.Count == 1 && keys.Accepts(presented[0])
            ? AuthenticateResult.Success(new AuthenticationTicket(Caller, ApiKeyDefaults.Scheme))
            : AuthenticateResult.Fail("The API key is not accepted."));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{ApiKeyDefaults.Scheme} header=\"{ApiKeyDefaults.HeaderName}\"";
        var missing = !Request.Headers.ContainsKey(ApiKeyDefaults.HeaderName);
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = missing ? "An API key is required." : "The API key is not accepted.",
                Detail = $"Send a key the gateway is configured with (Gateway:ApiKeys) in the {ApiKeyDefaults.HeaderName} header.",
            },
        });
    }
}

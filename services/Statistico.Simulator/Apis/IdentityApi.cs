using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Statistico.Betfair.Api;
using Statistico.Simulator.Data;

namespace Statistico.Simulator.Apis;

/// <summary>Betfair's interactive login endpoints (identitysso: /api/login, /api/keepAlive, /api/logout).</summary>
internal static class IdentityApi
{
    public static IEndpointRouteBuilder MapIdentityApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Betfair identity");
        api.MapPost("/login", LoginAsync).DisableAntiforgery();
        api.MapPost("/certlogin", CertificateLoginAsync).DisableAntiforgery();
        api.MapPost("/keepAlive", KeepAliveAsync);
        api.MapPost("/logout", LogoutAsync);
        return app;
    }

    private static async Task<IResult> LoginAsync(HttpRequest request, SimulatorDbContext db, IOptions<SimulatorOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var exchange = options.Value.Exchange;
        var appKey = request.Headers["X-Application"].ToString();
        if (!request.HasFormContentType)
        {
            return Answer("", appKey, "FAIL", "INPUT_VALIDATION_ERROR");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form["username"] != exchange.Username || form["password"] != exchange.Password)
        {
            return Answer("", appKey, "FAIL", "INVALID_USERNAME_OR_PASSWORD");
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        db.Sessions.Add(new SessionRow { Token = token, Username = exchange.Username, CreatedAt = time.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return Answer(token, appKey, "SUCCESS", "");
    }

    /// <summary>
    /// Non-interactive (bot) login, Betfair's /api/certlogin: form username and password, answered as
    /// {sessionToken, loginStatus}. In simulation any client certificate, or none, is accepted (ADR 1011): the
    /// Simulator serves plain HTTP on loopback, and a bot only needs the endpoint and the answer's shape.
    /// </summary>
    private static async Task<IResult> CertificateLoginAsync(HttpRequest request, SimulatorDbContext db, IOptions<SimulatorOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var exchange = options.Value.Exchange;
        if (!request.HasFormContentType)
        {
            return TypedResults.Json(new CertificateLoginResponse(null, "INPUT_VALIDATION_ERROR"), BetfairJson.Options);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form["username"] != exchange.Username || form["password"] != exchange.Password)
        {
            return TypedResults.Json(new CertificateLoginResponse(null, "INVALID_USERNAME_OR_PASSWORD"), BetfairJson.Options);
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        db.Sessions.Add(new SessionRow { Token = token, Username = exchange.Username, CreatedAt = time.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Json(new CertificateLoginResponse(token, "SUCCESS"), BetfairJson.Options);
    }

    private static async Task<IResult> KeepAliveAsync(HttpRequest request, SimulatorDbContext db, CancellationToken cancellationToken)
    {
        var token = request.Headers["X-Authentication"].ToString();
        var known = token.Length > 0 && await db.Sessions.AnyAsync(s => s.Token == token, cancellationToken);
        return Answer(token, request.Headers["X-Application"].ToString(), known ? "SUCCESS" : "FAIL", known ? "" : "NO_SESSION");
    }

    private static async Task<IResult> LogoutAsync(HttpRequest request, SimulatorDbContext db, CancellationToken cancellationToken)
    {
        var token = request.Headers["X-Authentication"].ToString();
        var removed = await db.Sessions.Where(s => s.Token == token).ExecuteDeleteAsync(cancellationToken);
        return Answer(token, request.Headers["X-Application"].ToString(), removed > 0 ? "SUCCESS" : "FAIL", removed > 0 ? "" : "NO_SESSION");
    }

    private static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<LoginResponse> Answer(string token, string product, string status, string error) =>
        TypedResults.Json(new LoginResponse(token, product, status, error), BetfairJson.Options);
}

namespace Statistico.Gateway.Security;

/// <summary>
/// Headers that keep the web UI to its own origin: scripts, styles and calls only from the gateway itself, no framing
/// (clickjacking), no MIME sniffing, and no referrer leaving the page (the key lives in the page, never in a URL sent on).
/// </summary>
internal static class SecurityHeaders
{
    // uPlot sizes its canvases with inline styles, hence 'unsafe-inline' for styles only; scripts stay 'self'.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        return next(context);
    });
}

using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Statistico.Gateway;

/// <summary>
/// Cache rules for the UI's files: Vite names its bundles by content hash (<c>/assets/index-3f9a….js</c>), so they never
/// change and may be kept for a year; <c>index.html</c> names the current bundles and is asked for again every time.
/// </summary>
internal static class WebUiCaching
{
    public static void Apply(StaticFileResponseContext context)
    {
        var immutable = context.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal);
        context.Context.Response.Headers[HeaderNames.CacheControl] = immutable ? "public, max-age=31536000, immutable" : "no-cache";
    }
}

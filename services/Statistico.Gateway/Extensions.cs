using Microsoft.AspNetCore.Authentication;
using Statistico.Gateway.Apis;
using Statistico.Gateway.Events;
using Statistico.Gateway.Proxy;
using Statistico.Gateway.Security;

namespace Statistico.Gateway;

internal static partial class Extensions
{
    /// <summary>Keys shorter than this are refused at start: a guessable key is no key.</summary>
    public const int MinimumKeyLength = 16;

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GatewayOptions>()
            .Bind(builder.Configuration.GetSection(GatewayOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.ApiKeys.TrueForAll(key => key.Trim().Length >= MinimumKeyLength),
                $"Every key in Gateway:ApiKeys needs at least {MinimumKeyLength} characters.")
            .ValidateOnStart();

        services.AddSingleton<ApiKeyRing>();
        services.AddAuthentication(ApiKeyDefaults.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, _ => { });
        services.AddAuthorizationBuilder().AddPolicy(ApiKeyDefaults.Policy, policy =>
            policy.AddAuthenticationSchemes(ApiKeyDefaults.Scheme).RequireAuthenticatedUser());

        var upstreams = UpstreamAddresses.From(builder.Configuration);
        services.AddSingleton(upstreams);
        services.AddReverseProxy()
            .LoadFromMemory(ProxyRoutes.Routes(upstreams), ProxyRoutes.Clusters(upstreams))
            // http://trader-service under Aspire; a cluster's DNS names pass through unchanged.
            .AddServiceDiscoveryDestinationResolver();

        services.AddHttpClient(SummaryReader.ClientName);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SummaryReader>();
        services.AddSingleton<SummaryStream>();
        services.AddOpenApi();
    }

    /// <summary>Headers, ProblemDetails for bare error statuses (a 404, a 405, YARP's 502), the UI's files, then keys.</summary>
    public static WebApplication UseGatewayPipeline(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = WebUiCaching.Apply });
        app.UseAuthentication();
        app.UseAuthorization();

        var routed = app.Services.GetRequiredService<UpstreamAddresses>().Configured.Keys.Select(u => u.Prefix).ToList();
        var unrouted = Upstream.All.Where(u => !routed.Contains(u.Prefix)).Select(u => $"{u.Prefix} ({u.UrlKey})").ToList();
        LogRoutes(app.Logger, string.Join(", ", routed), unrouted.Count == 0 ? "none" : string.Join(", ", unrouted));
        return app;
    }

    public static WebApplication MapGatewayApi(this WebApplication app)
    {
        app.MapEventsApi();
        app.MapReverseProxy();
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The gateway routes /api/{{service}}/… for: {Routed}; not configured: {Unrouted}")]
    private static partial void LogRoutes(ILogger logger, string routed, string unrouted);
}

using Statistico.Gateway.Events;
using Statistico.Gateway.Security;

namespace Statistico.Gateway.Apis;

/// <summary><c>GET /api/events</c>: server-sent events of the platform's summary for the web UI's live header.</summary>
internal static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/events", (SummaryStream stream, CancellationToken cancellationToken) =>
                TypedResults.ServerSentEvents(stream.ReadAsync(cancellationToken)))
            .RequireAuthorization(ApiKeyDefaults.Policy)
            .WithTags("Events")
            .WithSummary("Server-sent 'summary' events: the Trader's and the Odds Warehouse's summaries, at connect and on every change.");
        return app;
    }
}

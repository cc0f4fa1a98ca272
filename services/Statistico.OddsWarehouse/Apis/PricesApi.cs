using Microsoft.AspNetCore.Http.HttpResults;
using Statistico.OddsWarehouse.Queries;

namespace Statistico.OddsWarehouse.Apis;

internal static class PricesApi
{
    public static IEndpointRouteBuilder MapPricesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/fixtures/{fixtureId:guid}/markets/{marketType}/prices").WithTags("Prices");
        api.MapGet("/latest", LatestAsync).WithName("GetLatestPrices")
            .WithSummary("Each runner's latest price at every source (or one source).");
        api.MapGet("/as-of", AsOfAsync).WithName("GetPricesAsOf")
            .WithSummary("Each runner's last price at or before an instant: what a trader could see then.");
        api.MapGet("/history", HistoryAsync).WithName("GetRunnerHistory")
            .WithSummary("One runner's prices at one source over time, optionally the last of each interval.");
        api.MapGet("/opening-closing", OpeningClosingAsync).WithName("GetOpeningClosingPrices")
            .WithSummary("Each runner's first price and its last before kick-off (the closing line), per source.");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<PriceObservation>>, ValidationProblem>> LatestAsync(
        Guid fixtureId, string marketType, string? source, PriceQueries queries, CancellationToken cancellationToken)
    {
        var parameters = new QueryParameters();
        parameters.MarketType(marketType);
        var sourceName = parameters.Text("source", source, required: false);
        if (!parameters.IsValid)
        {
            return TypedResults.ValidationProblem(parameters.Errors);
        }

        return TypedResults.Ok(await queries.AsOfAsync(fixtureId, marketType, sourceName, at: null, cancellationToken));
    }

    private static async Task<Results<Ok<IReadOnlyList<PriceObservation>>, ValidationProblem>> AsOfAsync(
        Guid fixtureId, string marketType, string? at, string? source, PriceQueries queries, CancellationToken cancellationToken)
    {
        var parameters = new QueryParameters();
        parameters.MarketType(marketType);
        var instant = parameters.Time("at", at, required: true);
        var sourceName = parameters.Text("source", source, required: false);
        if (!parameters.IsValid)
        {
            return TypedResults.ValidationProblem(parameters.Errors);
        }

        return TypedResults.Ok(await queries.AsOfAsync(fixtureId, marketType, sourceName, instant, cancellationToken));
    }

    private static async Task<Results<Ok<IReadOnlyList<PriceObservation>>, ValidationProblem>> HistoryAsync(
        Guid fixtureId,
        string marketType,
        string? selection,
        string? source,
        string? handicap,
        string? from,
        string? to,
        string? interval,
        int? limit,
        PriceQueries queries,
        CancellationToken cancellationToken)
    {
        var parameters = new QueryParameters();
        parameters.MarketType(marketType);
        var selectionName = parameters.Text("selection", selection, required: true);
        var sourceName = parameters.Text("source", source, required: true);
        var line = parameters.Handicap(handicap);
        var start = parameters.Time("from", from, required: false);
        var end = parameters.Time("to", to, required: false);
        parameters.Period(start, end);
        var bucket = parameters.Interval(interval);
        var points = parameters.Limit(limit);
        if (!parameters.IsValid)
        {
            return TypedResults.ValidationProblem(parameters.Errors);
        }

        var request = new HistoryRequest(
            fixtureId, marketType, selectionName!, line, sourceName!,
            start ?? DateTimeOffset.UnixEpoch, end ?? DateTimeOffset.MaxValue, bucket, points);
        return TypedResults.Ok(await queries.HistoryAsync(request, cancellationToken));
    }

    private static async Task<Results<Ok<OpeningClosingResponse>, ValidationProblem>> OpeningClosingAsync(
        Guid fixtureId, string marketType, string? source, PriceQueries queries, CancellationToken cancellationToken)
    {
        var parameters = new QueryParameters();
        parameters.MarketType(marketType);
        var sourceName = parameters.Text("source", source, required: false);
        if (!parameters.IsValid)
        {
            return TypedResults.ValidationProblem(parameters.Errors);
        }

        return TypedResults.Ok(await queries.OpeningClosingAsync(fixtureId, marketType, sourceName, cancellationToken));
    }
}

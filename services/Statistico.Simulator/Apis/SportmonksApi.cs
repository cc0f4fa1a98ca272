using System.Globalization;
using Microsoft.Extensions.Options;
using Statistico.Simulator.Clock;
using Statistico.Simulator.DataProvider;
using Statistico.Simulator.World;

namespace Statistico.Simulator.Apis;

/// <summary>The Sportmonks v3 subset the Football Data adapter uses: fixtures between two dates, paged.</summary>
internal static class SportmonksApi
{
    private const int DefaultPerPage = 25;
    private const int MaxPerPage = 50;
    private const string NoResult = "No result(s) found matching your request. Either the query did not return any results or you don't have access to it via your current subscription.";

    public static IEndpointRouteBuilder MapSportmonksApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v3/football/fixtures/between/{start}/{end}", Between).WithTags("Sportmonks v3");
        return app;
    }

    private static IResult Between(
        string start, string end, HttpRequest request, CurrentWorld world, WorldClock clock, CallCounter counter, IOptions<SimulatorOptions> options)
    {
        var settings = options.Value;
        var token = request.Query["api_token"].ToString() is { Length: > 0 } query ? query : request.Headers.Authorization.ToString();
        if (settings.DataProvider.ApiToken.Length > 0 && token != settings.DataProvider.ApiToken)
        {
            return TypedResults.Json(new { message = "Unauthenticated." }, statusCode: StatusCodes.Status401Unauthorized);
        }

        if (!counter.TryCount(settings.DataProvider.CallsPerHour, out var remaining, out var resetsIn))
        {
            return TypedResults.Json(new { message = "You have reached the rate limit for the Fixture entity." }, statusCode: StatusCodes.Status429TooManyRequests);
        }

        if (!TryDate(start, out var from) || !TryDate(end, out var to) || to < from)
        {
            return TypedResults.Json(new { message = "The start and end dates must be YYYY-MM-DD with start ≤ end." }, statusCode: StatusCodes.Status400BadRequest);
        }

        var perPage = int.TryParse(request.Query["per_page"], CultureInfo.InvariantCulture, out var pp) ? Math.Clamp(pp, 1, MaxPerPage) : DefaultPerPage;
        var page = int.TryParse(request.Query["page"], CultureInfo.InvariantCulture, out var p) ? Math.Max(1, p) : 1;
        var includes = request.Query["include"].ToString().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var now = clock.Now;
        var leagues = LeagueFilter(request.Query["filters"].ToString());
        var matching = world.Definition.Fixtures
            .Where(f => DateOnly.FromDateTime(f.KickOff.UtcDateTime) is var day && day >= from && day <= to)
            .Where(f => leagues is null || leagues.Contains(f.League.Id)).ToList();
        var envelope = new Dictionary<string, object?>
        {
            ["subscription"] = new[] { new { meta = new { current_timestamp = now.ToUnixTimeSeconds() }, plans = new[] { new { plan = "Simulator", sport = "Football", category = "Advanced" } } } },
            ["rate_limit"] = new { resets_in_seconds = resetsIn, remaining, requested_entity = "Fixture" },
            ["timezone"] = "UTC",
        };
        var slice = matching.Skip((page - 1) * perPage).Take(perPage).ToList();
        if (slice.Count == 0)
        {
            envelope["message"] = NoResult;
            return TypedResults.Json(envelope);
        }

        envelope["data"] = slice.Select(f => SportmonksFixtures.ToJson(f, now, settings.Exchange, includes)).ToList();
        var hasMore = matching.Count > page * perPage;
        envelope["pagination"] = new
        {
            count = slice.Count, per_page = perPage, current_page = page, has_more = hasMore,
            next_page = hasMore ? NextPage(request, page + 1) : null,
        };
        return TypedResults.Json(envelope);
    }

    /// <summary>The league ids of a <c>filters=fixtureLeagues:8,9</c> parameter (other filters are not supported), or null.</summary>
    private static HashSet<int>? LeagueFilter(string filters)
    {
        foreach (var filter in filters.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = filter.Split(':', 2);
            if (parts.Length == 2 && parts[0].Equals("fixtureLeagues", StringComparison.OrdinalIgnoreCase))
            {
                return [.. parts[1].Split(',').Select(id => int.TryParse(id, CultureInfo.InvariantCulture, out var value) ? value : -1)];
            }
        }

        return null;
    }

    /// <summary>The same request one page on (token left out, as Sportmonks does), so a client can follow it.</summary>
    private static string NextPage(HttpRequest request, int page)
    {
        var query = request.Query.Where(q => q.Key is not ("page" or "api_token"))
            .Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()))
            .Append(new KeyValuePair<string, string?>("page", page.ToString(CultureInfo.InvariantCulture)));
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{QueryString.Create(query)}";
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}

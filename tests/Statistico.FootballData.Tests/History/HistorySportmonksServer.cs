using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Statistico.FootballData.Tests.History;

/// <summary>
/// A Sportmonks-shaped source with a past on a real loopback port: two leagues (8 and 9) of twenty teams each playing
/// one finished match a week up to its "today" (a clock endpoint like the Simulator's), and windows starting on or
/// after <see cref="FailFrom"/> answering 503, as a source that goes away mid-backfill does.
/// </summary>
internal sealed class HistorySportmonksServer : IAsyncDisposable
{
    private static readonly DateOnly FirstMatchDay = new(2024, 1, 6);
    private readonly WebApplication app;

    private HistorySportmonksServer(WebApplication app, DateOnly today)
    {
        this.app = app;
        Today = today;
    }

    public DateOnly Today { get; }

    public ConcurrentQueue<(DateOnly From, DateOnly To, string League)> Windows { get; } = new();

    public DateOnly? FailFrom { get; set; }

    public Uri BaseUrl { get; private set; } = null!;

    public Uri ClockUrl { get; private set; } = null!;

    public static async Task<HistorySportmonksServer> StartAsync(DateOnly today)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new HistorySportmonksServer(app, today);
        app.MapGet("/control/status", () => Results.Json(new { simulatedTime = new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero) }));
        app.MapGet("/v3/football/fixtures/between/{from}/{to}", (string from, string to, HttpContext context) => server.Answer(from, to, context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address + "/v3/football");
        server.ClockUrl = new Uri(address + "/control/status");
        return server;
    }

    /// <summary>Every match of <paramref name="league"/> from <paramref name="from"/> to <paramref name="to"/> (inclusive).</summary>
    public static IEnumerable<(int Id, DateOnly Day, string Home, string Away)> Matches(int league, DateOnly from, DateOnly to)
    {
        var week = 0;
        for (var day = FirstMatchDay; day <= to; day = day.AddDays(7), week++)
        {
            if (day >= from)
            {
                // Twenty teams, a different ordered pairing each week for 380 weeks: no season repeats one.
                var home = week % 20;
                var away = (home + 1 + (week / 20 % 19)) % 20;
                yield return ((league * 100_000) + week, day, $"Team {league}-{home}", $"Team {league}-{away}");
            }
        }
    }

    private IResult Answer(string fromText, string toText, HttpContext context)
    {
        var from = DateOnly.ParseExact(fromText, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = DateOnly.ParseExact(toText, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var league = context.Request.Query["filters"].ToString().Split(':')[^1];
        var page = int.TryParse(context.Request.Query["page"], CultureInfo.InvariantCulture, out var p) ? p : 1;
        var perPage = int.TryParse(context.Request.Query["per_page"], CultureInfo.InvariantCulture, out var pp) ? pp : 25;
        if (page == 1)
        {
            Windows.Enqueue((from, to, league));
        }

        if (from >= FailFrom)
        {
            return Results.Json(new { message = "Service Unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var matches = league.Split(',').SelectMany(l => Matches(int.Parse(l, CultureInfo.InvariantCulture), from, to)).OrderBy(m => m.Day).ToList();
        var slice = matches.Skip((page - 1) * perPage).Take(perPage).ToList();
        if (slice.Count == 0)
        {
            return Results.Json(new { message = "No result(s) found matching your request." });
        }

        var hasMore = matches.Count > page * perPage;
        return Results.Json(new
        {
            data = slice.Select(Fixture),
            pagination = new { count = slice.Count, per_page = perPage, current_page = page, has_more = hasMore },
            rate_limit = new { resets_in_seconds = 3600, remaining = 1000, requested_entity = "Fixture" },
        });
    }

    private static object Fixture((int Id, DateOnly Day, string Home, string Away) match)
    {
        var startYear = match.Day.Month >= 7 ? match.Day.Year : match.Day.Year - 1;
        var (homeGoals, awayGoals) = (match.Id % 3, match.Id % 2);
        return new
        {
            id = match.Id,
            league_id = match.Id / 100_000,
            state_id = 5,
            starting_at = match.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 15:00:00",
            season = new { id = startYear, name = $"{startYear}/{startYear + 1}" },
            participants = new[]
            {
                new { id = 1, name = match.Home, meta = new { location = "home" } },
                new { id = 2, name = match.Away, meta = new { location = "away" } },
            },
            scores = new[]
            {
                new { participant_id = 1, type_id = 1525, description = "CURRENT", score = new { goals = homeGoals, participant = "home" } },
                new { participant_id = 2, type_id = 1525, description = "CURRENT", score = new { goals = awayGoals, participant = "away" } },
            },
            statistics = new[]
            {
                new { participant_id = 1, type_id = 86, location = "home", data = new { value = homeGoals + 3 } },
                new { participant_id = 2, type_id = 86, location = "away", data = new { value = awayGoals + 2 } },
            },
        };
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

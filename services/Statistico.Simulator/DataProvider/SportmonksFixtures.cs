using System.Globalization;
using Statistico.FootballDataFiles;
using Statistico.Simulator.World;

namespace Statistico.Simulator.DataProvider;

/// <summary>
/// World fixtures in Sportmonks v3 shape. A fixture is FT with scores and statistics only once its kick-off plus the
/// match duration has passed on the world clock; before that it is NS and carries no scores.
/// </summary>
public static class SportmonksFixtures
{
    public const int NotStarted = 1;
    public const int FullTime = 5;
    public const int Postponed = 10;
    public const int Abandoned = 15;

    private static readonly (int TypeId, string Name, Func<TeamStatistics, int?> Value)[] StatisticTypes =
    [
        (42, "SHOTS_TOTAL", s => s.Shots), (86, "SHOTS_ON_TARGET", s => s.ShotsOnTarget), (34, "CORNERS", s => s.Corners),
        (56, "FOULS", s => s.Fouls), (84, "YELLOWCARDS", s => s.YellowCards), (83, "REDCARDS", s => s.RedCards),
    ];

    private static readonly Dictionary<int, (string State, string Name)> States = new()
    {
        [NotStarted] = ("NS", "Not Started"),
        [FullTime] = ("FT", "Full Time"),
        [Postponed] = ("POSTPONED", "Postponed"),
        [Abandoned] = ("ABANDONED", "Abandoned"),
    };

    /// <summary>The Sportmonks state of <paramref name="fixture"/> at <paramref name="now"/> on the world clock.</summary>
    public static int StateAt(WorldFixture fixture, DateTimeOffset now, ExchangeOptions timing)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(timing);
        var over = now >= fixture.KickOff + timing.MatchDuration;
        return fixture.Disruption switch
        {
            FixtureDisruption.Postponed when now >= fixture.KickOff - timing.PostponementNotice => Postponed,
            FixtureDisruption.Abandoned when over => Abandoned,
            FixtureDisruption.None when over => FullTime,
            _ => NotStarted,
        };
    }

    public static Dictionary<string, object?> ToJson(WorldFixture fixture, DateTimeOffset now, ExchangeOptions timing, ISet<string> includes)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(includes);
        var stateId = StateAt(fixture, now, timing);
        var finished = stateId == FullTime;
        var json = new Dictionary<string, object?>
        {
            ["id"] = fixture.Id,
            ["sport_id"] = 1,
            ["league_id"] = fixture.League.Id,
            ["season_id"] = fixture.Season.Id,
            ["state_id"] = stateId,
            ["name"] = $"{fixture.Home.Name} vs {fixture.Away.Name}",
            ["starting_at"] = fixture.KickOff.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["starting_at_timestamp"] = fixture.KickOff.ToUnixTimeSeconds(),
            ["result_info"] = finished ? ResultInfo(fixture) : null,
            ["leg"] = "1/1",
            ["length"] = 90,
            ["placeholder"] = false,
            ["has_odds"] = fixture.Opening is not null,
        };
        if (includes.Contains("participants"))
        {
            json["participants"] = new[] { Participant(fixture, fixture.Home, "home", finished), Participant(fixture, fixture.Away, "away", finished) };
        }

        if (includes.Contains("scores"))
        {
            json["scores"] = finished ? Scores(fixture) : Array.Empty<object>();
        }

        if (includes.Contains("statistics") || includes.Contains("statistics.type"))
        {
            json["statistics"] = finished ? Statistics(fixture, includes.Contains("statistics.type")) : Array.Empty<object>();
        }

        if (includes.Contains("state"))
        {
            var (state, name) = States[stateId];
            json["state"] = new { id = stateId, state, name, short_name = state, developer_name = state };
        }

        if (includes.Contains("league"))
        {
            json["league"] = new { id = fixture.League.Id, sport_id = 1, name = fixture.League.Name, short_code = fixture.League.Code, type = "league" };
        }

        if (includes.Contains("season"))
        {
            json["season"] = new { id = fixture.Season.Id, sport_id = 1, league_id = fixture.League.Id, name = fixture.Season.Name };
        }

        return json;
    }

    private static string ResultInfo(WorldFixture fixture)
    {
        var r = fixture.Result;
        return r.HomeGoals == r.AwayGoals ? "Game ended in draw."
            : $"{(r.HomeGoals > r.AwayGoals ? fixture.Home.Name : fixture.Away.Name)} won after full-time.";
    }

    private static object Participant(WorldFixture fixture, WorldTeam team, string location, bool finished)
    {
        var r = fixture.Result;
        bool? winner = !finished ? null : location == "home" ? r.HomeGoals > r.AwayGoals : r.AwayGoals > r.HomeGoals;
        return new
        {
            id = team.Id, sport_id = 1, name = team.Name, short_code = (string?)null, type = "domestic", placeholder = false,
            meta = new { location, winner, position = (int?)null },
        };
    }

    private static List<object> Scores(WorldFixture fixture)
    {
        var r = fixture.Result;
        var rows = new List<object>
        {
            Score(fixture, 1525, "CURRENT", fixture.Home.Id, r.HomeGoals, "home"),
            Score(fixture, 1525, "CURRENT", fixture.Away.Id, r.AwayGoals, "away"),
        };
        if (r.HalfTimeHomeGoals is { } htHome && r.HalfTimeAwayGoals is { } htAway)
        {
            rows.Add(Score(fixture, 1, "1ST_HALF", fixture.Home.Id, htHome, "home"));
            rows.Add(Score(fixture, 1, "1ST_HALF", fixture.Away.Id, htAway, "away"));
        }

        return rows;
    }

    private static object Score(WorldFixture fixture, int typeId, string description, int participant, int goals, string side) => new
    {
        id = (((long)fixture.Id * 100) + (typeId % 100 * 2)) + (side == "home" ? 0 : 1),
        fixture_id = fixture.Id, type_id = typeId, participant_id = participant,
        score = new { goals, participant = side }, description,
    };

    private static IEnumerable<object> Statistics(WorldFixture fixture, bool withType)
    {
        foreach (var (side, team, stats) in new[] { ("home", fixture.Home, fixture.Result.Home), ("away", fixture.Away, fixture.Result.Away) })
        {
            foreach (var (typeId, name, value) in StatisticTypes)
            {
                // A statistic the source does not have is left out ("not collected"), not reported as zero.
                if (value(stats) is not { } count)
                {
                    continue;
                }

                yield return new
                {
                    id = ((long)fixture.Id * 1000) + (typeId * 2) + (side == "home" ? 0 : 1),
                    fixture_id = fixture.Id, type_id = typeId, participant_id = team.Id, data = new { value = count }, location = side,
                    type = withType ? new { id = typeId, name, code = name.ToLowerInvariant(), developer_name = name, model_type = "statistic" } : null,
                };
            }
        }
    }
}

using System.Globalization;
using Statistico.Contracts.FootballData;
using Statistico.FootballData.Ingestion;
using Statistico.FootballDataFiles;

namespace Statistico.FootballData.Providers.Sportmonks;

/// <summary>Reads a Sportmonks v3 fixture as an incoming fixture (ids and codes from reference/sportmonks-v3.md).</summary>
internal static class SportmonksFixtureMapper
{
    private const int FirstHalf = 1;
    private const int EndOfNormalTime = 2;
    private const int Current = 1525;

    /// <summary>The fixture, or null with the reason it cannot be one.</summary>
    public static IncomingFixture? Map(SportmonksFixture fixture, string competitionId, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        problem = null;
        var home = fixture.Participants?.FirstOrDefault(p => p.Meta?.Location == "home");
        var away = fixture.Participants?.FirstOrDefault(p => p.Meta?.Location == "away");
        if (home is null || away is null)
        {
            problem = $"fixture {fixture.Id} has no home/away participants (request include=participants); skipped";
            return null;
        }

        if (!TryKickOff(fixture, out var kickOff))
        {
            problem = $"fixture {fixture.Id} starting_at '{fixture.StartingAt}' is not a UTC time; skipped";
            return null;
        }

        var startYear = SeasonName.TryParse(fixture.Season?.Name, out var season)
            ? season.StartYear
            : SeasonName.Of(DateOnly.FromDateTime(kickOff.UtcDateTime)).StartYear;
        var status = Status(fixture.StateId);
        var result = status == FixtureStatus.Finished ? Result(fixture, home.Id, away.Id) : null;
        if (status == FixtureStatus.Finished && result is null)
        {
            problem = $"fixture {fixture.Id} is finished but has no scores (request include=scores); result not taken";
        }

        return new IncomingFixture(competitionId, startYear, home.Name, away.Name, kickOff, true, status, result, null, null);
    }

    /// <summary>
    /// States 1–12 from Sportmonks' table, 13–26 as two clients agree. Cancelled, deleted and awarded matches are
    /// <see cref="FixtureStatus.Abandoned"/> (nothing to rate or settle on the pitch); suspended or interrupted are still live.
    /// </summary>
    public static FixtureStatus Status(int stateId) => stateId switch
    {
        5 or 7 or 8 => FixtureStatus.Finished,
        2 or 3 or 4 or 6 or 9 or 11 or 18 or 21 or 22 or 23 or 25 => FixtureStatus.Live,
        10 => FixtureStatus.Postponed,
        12 or 14 or 15 or 17 or 20 => FixtureStatus.Abandoned,
        _ => FixtureStatus.Scheduled,
    };

    private static bool TryKickOff(SportmonksFixture fixture, out DateTimeOffset kickOff)
    {
        if (fixture.StartingAtTimestamp is { } seconds)
        {
            kickOff = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return true;
        }

        return DateTimeOffset.TryParseExact(
            fixture.StartingAt, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out kickOff);
    }

    private static IncomingResult? Result(SportmonksFixture fixture, long homeId, long awayId)
    {
        // Football markets settle on 90 minutes: the end-of-normal-time score when present (extra time), else CURRENT.
        var fullTime = fixture.Scores?.Any(s => s.TypeId == EndOfNormalTime) == true ? EndOfNormalTime : Current;
        var homeGoals = Goals(fixture, fullTime, homeId, "home");
        var awayGoals = Goals(fixture, fullTime, awayId, "away");
        if (homeGoals is null || awayGoals is null)
        {
            return null;
        }

        return new IncomingResult(
            homeGoals.Value,
            awayGoals.Value,
            Goals(fixture, FirstHalf, homeId, "home"),
            Goals(fixture, FirstHalf, awayId, "away"),
            Statistics(fixture, homeId, "home"),
            Statistics(fixture, awayId, "away"));
    }

    private static int? Goals(SportmonksFixture fixture, int typeId, long participantId, string side) =>
        fixture.Scores?.FirstOrDefault(s => s.TypeId == typeId && (s.ParticipantId == participantId || s.Score?.Participant == side))?.Score?.Goals;

    private static TeamMatchStatistics? Statistics(SportmonksFixture fixture, long participantId, string side)
    {
        var rows = fixture.Statistics?.Where(s => s.ParticipantId == participantId || s.Location == side).ToList();
        if (rows is not { Count: > 0 })
        {
            return null;
        }

        // A statistic missing from the array means "not collected", so it stays null rather than 0.
        int? Count(int typeId) => rows.FirstOrDefault(s => s.TypeId == typeId)?.Data?.Value is { } value ? (int)Math.Round(value) : null;
        return new TeamMatchStatistics
        {
            Shots = Count(42),
            ShotsOnTarget = Count(86),
            Corners = Count(34),
            Fouls = Count(56),
            YellowCards = Count(84),
            RedCards = Count(83),
        };
    }
}

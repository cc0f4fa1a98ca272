using Statistico.FootballDataFiles;

namespace Statistico.FootballData.Fixtures;

/// <summary>Checks a hand-entered fixture and says precisely what is wrong with it.</summary>
public static class ScheduleFixtureValidator
{
    public static Dictionary<string, string[]> Validate(ScheduleFixtureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        Require(errors, nameof(request.CompetitionId), request.CompetitionId, 16);
        Require(errors, nameof(request.Season), request.Season, 16);
        Require(errors, nameof(request.HomeTeam), request.HomeTeam, 100);
        Require(errors, nameof(request.AwayTeam), request.AwayTeam, 100);
        if (errors.Count == 0 && string.Equals(request.HomeTeam.Trim(), request.AwayTeam.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            errors[nameof(request.AwayTeam)] = ["A team cannot play itself."];
        }

        if (!errors.ContainsKey(nameof(request.Season)) && !SeasonName.TryParse(request.Season, out _))
        {
            errors[nameof(request.Season)] = ["Season must be written like 2021/22."];
        }

        if (request.KickOff == default)
        {
            errors[nameof(request.KickOff)] = ["Kick-off is required (ISO 8601 with an offset, e.g. 2026-12-26T15:00:00Z)."];
        }

        return errors;
    }

    private static void Require(Dictionary<string, string[]> errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"{field} is required."];
        }
        else if (value.Trim().Length > maxLength)
        {
            errors[field] = [$"{field} is longer than {maxLength} characters."];
        }
    }
}

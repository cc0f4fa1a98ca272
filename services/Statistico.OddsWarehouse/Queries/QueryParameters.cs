using System.Globalization;

namespace Statistico.OddsWarehouse.Queries;

/// <summary>
/// Reads query-string values with messages a caller can act on; the API turns the errors into a 400
/// validation problem.
/// </summary>
internal sealed class QueryParameters
{
    public const int MaxHistoryPoints = 10_000;

    private static readonly TimeSpan SmallestInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LargestInterval = TimeSpan.FromDays(7);

    private readonly Dictionary<string, string[]> errors = [];

    public IDictionary<string, string[]> Errors => errors;

    public bool IsValid => errors.Count == 0;

    public void MarketType(string marketType)
    {
        if (marketType.Length is 0 or > 64 || !marketType.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            errors["marketType"] = ["marketType must be a Betfair market type code such as MATCH_ODDS or OVER_UNDER_25 (A-Z, 0-9, _)."];
        }
    }

    public string? Text(string name, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors[name] = [$"{name} is required."];
            }

            return null;
        }

        if (value.Length > 64)
        {
            errors[name] = [$"{name} must be at most 64 characters."];
            return null;
        }

        return value;
    }

    public DateTimeOffset? Time(string name, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors[name] = [$"{name} is required: an ISO 8601 instant such as 2026-11-26T14:00:00Z."];
            }

            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            return instant;
        }

        errors[name] = [$"{name} '{value}' is not an instant; use ISO 8601 such as 2026-11-26T14:00:00Z."];
        return null;
    }

    public decimal Handicap(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return 0m;
        }

        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var handicap))
        {
            return handicap;
        }

        errors["handicap"] = [$"handicap '{value}' is not a number such as -0.75."];
        return 0m;
    }

    public TimeSpan? Interval(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // A bare number would parse as days ("5" = five days), which nobody asking for a chart means: require hh:mm:ss.
        if (value.Contains(':', StringComparison.Ordinal)
            && TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var interval) && interval >= SmallestInterval && interval <= LargestInterval)
        {
            return interval;
        }

        errors["interval"] = [$"interval '{value}' must be a duration between 00:00:01 and 7.00:00:00 (d.hh:mm:ss)."];
        return null;
    }

    public int Limit(int? value)
    {
        var limit = value ?? MaxHistoryPoints;
        if (limit is < 1 or > MaxHistoryPoints)
        {
            errors["limit"] = [$"limit must be between 1 and {MaxHistoryPoints}."];
        }

        return limit;
    }

    public void Period(DateTimeOffset? from, DateTimeOffset? to)
    {
        if (from is { } start && to is { } end && start > end)
        {
            errors["from"] = ["from must not be after to."];
        }
    }
}

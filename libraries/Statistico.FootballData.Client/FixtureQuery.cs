using System.Globalization;
using Statistico.Contracts.FootballData;

namespace Statistico.FootballData.Client;

/// <summary>Filters of GET /api/fixtures; null means "any".</summary>
public sealed record FixtureQuery
{
    public string? Competition { get; init; }

    public string? Season { get; init; }

    public string? Team { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    public FixtureStatus? Status { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;

    public string ToQueryString()
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("competition", Competition);
        Add("season", Season);
        Add("team", Team);
        Add("from", From?.ToString("O", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("O", CultureInfo.InvariantCulture));
        Add("status", Status?.ToString());
        Add("page", Page.ToString(CultureInfo.InvariantCulture));
        Add("pageSize", PageSize.ToString(CultureInfo.InvariantCulture));
        return "?" + string.Join('&', parts);
    }
}

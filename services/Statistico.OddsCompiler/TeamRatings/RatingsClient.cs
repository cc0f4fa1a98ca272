using System.Net;

namespace Statistico.OddsCompiler.TeamRatings;

/// <summary>The Ratings service's HTTP API, as far as the compiler reads it.</summary>
public sealed class RatingsClient(HttpClient http)
{
    /// <summary>Every team's latest ratings in <paramref name="competitionId"/>; empty when Ratings has none.</summary>
    public async Task<IReadOnlyList<RatingsTableRow>> GetTableAsync(string competitionId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri($"api/ratings/{Uri.EscapeDataString(competitionId)}", UriKind.Relative), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<List<RatingsTableRow>>(cancellationToken) ?? [];
    }
}

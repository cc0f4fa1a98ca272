using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Statistico.Cli.Import;

/// <summary>The Odds Checker's backfill endpoint, as the CLI uses it.</summary>
public sealed class OddsCheckerClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Publishes the historical prices of one football-data.co.uk file for <paramref name="competition"/>'s tracked fixtures.</summary>
    /// <exception cref="HttpRequestException">The checker refused the file (with its status code) or did not answer (without).</exception>
    public async Task<OddsBackfillReport> BackfillFootballDataAsync(string competition, int seasonStartYear, Stream csv, CancellationToken cancellationToken)
    {
        var season = string.Create(CultureInfo.InvariantCulture, $"{seasonStartYear}-{(seasonStartYear + 1) % 100:00}");
        using var content = new StreamContent(csv);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var response = await http.PostAsync(
            $"api/backfills/football-data?competition={Uri.EscapeDataString(competition)}&season={season}", content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"{(int)response.StatusCode} {response.ReasonPhrase}: {body}", null, response.StatusCode);
        }

        return await response.Content.ReadFromJsonAsync<OddsBackfillReport>(Json, cancellationToken)
            ?? throw new HttpRequestException("The Odds Checker answered nothing.", null, response.StatusCode);
    }
}

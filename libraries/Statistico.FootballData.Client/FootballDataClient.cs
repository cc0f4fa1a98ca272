using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Statistico.FootballData.Client;

/// <summary>A typed client of the Football Data service's HTTP API (the CLI's import, other services' history reads).</summary>
public sealed class FootballDataClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Uploads one football-data.co.uk file; the service parses and stores it exactly as its own provider would.</summary>
    public async Task<ImportReport> ImportFootballDataCoUkAsync(string name, Stream csv, CancellationToken cancellationToken = default)
    {
        using var content = new StreamContent(csv);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var response = await http.PostAsync($"api/imports/football-data-co-uk?name={Uri.EscapeDataString(name)}", content, cancellationToken);
        return await ReadAsync<ImportReport>(response, cancellationToken);
    }

    public async Task<IReadOnlyList<CompetitionDto>> GetCompetitionsAsync(CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync("api/competitions", cancellationToken);
        return await ReadAsync<List<CompetitionDto>>(response, cancellationToken);
    }

    public async Task<PageDto<FixtureDto>> GetFixturesAsync(FixtureQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var response = await http.GetAsync("api/fixtures" + query.ToQueryString(), cancellationToken);
        return await ReadAsync<PageDto<FixtureDto>>(response, cancellationToken);
    }

    /// <summary>Every fixture matching <paramref name="query"/>, page after page.</summary>
    public async IAsyncEnumerable<FixtureDto> GetAllFixturesAsync(FixtureQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        for (var page = query with { Page = 1 }; ; page = page with { Page = page.Page + 1 })
        {
            var result = await GetFixturesAsync(page, cancellationToken);
            foreach (var fixture in result.Items)
            {
                yield return fixture;
            }

            if (!result.HasMore)
            {
                yield break;
            }
        }
    }

    public async Task<FixtureDto?> GetFixtureAsync(Guid id, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync($"api/fixtures/{id}", cancellationToken);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadAsync<FixtureDto>(response, cancellationToken);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new FootballDataApiException(
                response.StatusCode, $"{(int)response.StatusCode} {response.ReasonPhrase} from {response.RequestMessage?.RequestUri}: {body}");
        }

        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
            ?? throw new FootballDataApiException(response.StatusCode, $"Empty answer from {response.RequestMessage?.RequestUri}.");
    }
}

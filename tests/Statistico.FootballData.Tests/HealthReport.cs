using System.Text.Json;

namespace Statistico.FootballData.Tests;

/// <summary>Reads /health's JSON whatever its status code (503 when unhealthy still has the report).</summary>
internal static class HealthReport
{
    public static async Task<JsonElement> ReadAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Statistico.Cli.Evaluate;

/// <summary>The two Odds Compiler endpoints <c>statistico evaluate --compiler</c> uses.</summary>
public sealed class CompilerEvaluationClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // An empty scorecard has NaN scores; keep them readable rather than fail the upload.
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>The newest snapshot version of <paramref name="competition"/>; null when the compiler has none.</summary>
    public async Task<int?> GetLatestVersionAsync(string competition, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(ModelsPath(competition), cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        // Snapshots come newest first.
        return body.RootElement.GetProperty("snapshots").EnumerateArray().Select(s => (int?)s.GetProperty("version").GetInt32()).FirstOrDefault();
    }

    /// <summary>Stores <paramref name="evaluation"/> with the snapshot; false when the compiler no longer has it.</summary>
    public async Task<bool> PutAsync(string competition, int version, SnapshotEvaluation evaluation, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync(
            new Uri($"{ModelsPath(competition)}/snapshots/{version}/evaluation", UriKind.Relative), evaluation, Json, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        response.EnsureSuccessStatusCode();
        return true;
    }

    private static Uri ModelsPath(string competition) => new($"api/models/{Uri.EscapeDataString(competition)}", UriKind.Relative);
}

using System.Net.Http.Json;
using System.Text.Json;

namespace Statistico.Cli.KillSwitch;

/// <summary>The Trader's two kill switch endpoints, <c>GET</c> and <c>PUT /api/kill-switch</c>.</summary>
/// <remarks>
/// An unreachable Trader surfaces as <see cref="HttpRequestException"/> (no status code) or a timeout; an answer that
/// is an error as <see cref="TraderProblemException"/>.
/// </remarks>
public sealed class TraderKillSwitchClient(HttpClient http)
{
    private static readonly Uri Path = new("api/kill-switch", UriKind.Relative);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The stored state.</summary>
    public async Task<KillSwitchStatus> GetAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(Path, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Engages (<paramref name="engaged"/> true) or releases the switch; the state the Trader stored.</summary>
    public async Task<KillSwitchStatus> SetAsync(bool engaged, string? reason, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync(Path, new { engaged, reason }, Json, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<KillSwitchStatus> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (!response.IsSuccessStatusCode)
        {
            throw Problem(status, $"{status} {response.ReasonPhrase}".TrimEnd(), body);
        }

        try
        {
            return JsonSerializer.Deserialize<KillSwitchStatus>(body, Json)
                ?? throw new JsonException("null");
        }
        catch (JsonException)
        {
            // A 200 that is not a kill switch: most likely --trader names another service.
            throw new TraderProblemException(status, "the answer is not a kill switch state", Excerpt(body), new Dictionary<string, string[]>());
        }
    }

    /// <summary>The ProblemDetails in <paramref name="body"/> (title, detail, errors), else the status line and the body's start.</summary>
    private static TraderProblemException Problem(int status, string statusLine, string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && (root.TryGetProperty("title", out _) || root.TryGetProperty("detail", out _)))
            {
                var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
                if (root.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
                {
                    foreach (var field in fields.EnumerateObject())
                    {
                        errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                            ? [.. field.Value.EnumerateArray().Select(m => m.ToString())]
                            : [field.Value.ToString()];
                    }
                }

                return new TraderProblemException(status, Text(root, "title") ?? statusLine, Text(root, "detail"), errors);
            }
        }
        catch (JsonException)
        {
            // Not JSON: fall through to the status line.
        }

        return new TraderProblemException(status, statusLine, Excerpt(body), new Dictionary<string, string[]>());
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private static string? Excerpt(string body)
    {
        var text = body.Trim();
        return text.Length == 0 ? null : text.Length <= 200 ? text : text[..200] + "…";
    }
}

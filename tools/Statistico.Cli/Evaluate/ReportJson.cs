using System.Text.Json;

namespace Statistico.Cli.Evaluate;

/// <summary>Writes an <see cref="EvaluationReport"/> in the camelCase JSON shape issue 5 specifies.</summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // The report is a file for people and scripts, not HTML: keep "+" in model names readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // NaN appears for an empty scorecard (e.g. a slice without any O/U prices); keep it rather than fail.
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Serialize(EvaluationReport report) => JsonSerializer.Serialize(report, Options);

    public static async Task WriteAsync(string path, EvaluationReport report, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        await File.WriteAllTextAsync(path, Serialize(report), cancellationToken).ConfigureAwait(false);
    }
}

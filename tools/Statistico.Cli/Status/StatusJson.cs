using System.Text.Json;
using System.Text.Json.Serialization;

namespace Statistico.Cli.Status;

/// <summary>
/// <c>statistico status --json</c>: the same figures as the table for scripts, camelCase, health as
/// <c>healthy</c>/<c>unhealthy</c>/<c>down</c>, times as ISO 8601.
/// </summary>
public static class StatusJson
{
    private static readonly JsonSerializerOptions Indented = Options(indented: true);
    private static readonly JsonSerializerOptions Compact = Options(indented: false);

    /// <summary>One document; <paramref name="indented"/> false gives one line (a stream of them is JSON Lines).</summary>
    public static string Write(PlatformStatus status, bool indented) =>
        JsonSerializer.Serialize(status, indented ? Indented : Compact);

    private static JsonSerializerOptions Options(bool indented) => new(JsonSerializerDefaults.Web)
    {
        WriteIndented = indented,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Statistico.Betfair.Streaming;

/// <summary>The stream's wire format: camelCase, absent rather than null, one object per CRLF-terminated line.</summary>
public static class StreamJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize<T>(T message) => JsonSerializer.Serialize(message, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = false,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

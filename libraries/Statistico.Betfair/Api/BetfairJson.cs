using System.Text.Json;
using System.Text.Json.Serialization;

namespace Statistico.Betfair.Api;

/// <summary>
/// Betfair's JSON conventions: camelCase fields, UPPER_SNAKE enum names (BACK, EXECUTION_COMPLETE,
/// EX_BEST_OFFERS), absent rather than null optional fields, ISO-8601 UTC dates with milliseconds.
/// </summary>
public static class BetfairJson
{
    /// <summary>Options used by the client and by the Simulator's exchange.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false), new BetfairDateConverter() },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

namespace Statistico.Simulator;

/// <summary>The Sportmonks-compatible data API.</summary>
public sealed class DataProviderOptions
{
    /// <summary>Required token (query api_token or Authorization header); empty accepts any.</summary>
    public string ApiToken { get; set; } = "";

    /// <summary>Calls per hour (wall clock) before 429.</summary>
    public int CallsPerHour { get; set; } = 3000;
}

namespace Statistico.FootballData.Providers;

/// <summary>The <c>FootballData</c> configuration section.</summary>
public sealed class FootballDataOptions
{
    public const string SectionName = "FootballData";

    /// <summary>Providers by name; the name is the source of their team aliases and of their Quartz jobs.</summary>
    public Dictionary<string, ProviderOptions> Providers { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

namespace Statistico.AppHost.Settings;

/// <summary>
/// Credentials given to the run command (Betfair's password and app key, a data provider's API token) become secret
/// Aspire parameters read from the same configuration key: the dashboard lists them masked, where a plain environment
/// value would show the real account's password to anyone who opens a resource's details (ADR 0703).
/// </summary>
public static class SecretSettings
{
    // The last segment of a key that names a credential, as the services' options spell them.
    private static readonly string[] SecretSuffixes = ["Password", "AppKey", "ApiKey", "Token", "Secret"];

    public static bool IsSecret(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var leaf = key[(key.LastIndexOf(':') + 1)..];
        return SecretSuffixes.Any(s => leaf.EndsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The one secret parameter for <paramref name="key"/>: two services given the same credential (the checker's and
    /// the Trader's Betfair password) share it, as Aspire allows one resource per name.
    /// </summary>
    public static IResourceBuilder<ParameterResource> Parameter(IDistributedApplicationBuilder builder, string key)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var name = ParameterName(key);
        return builder.Resources.OfType<ParameterResource>().FirstOrDefault(p => p.Name == name) is { } existing
            ? builder.CreateResourceBuilder(existing)
            : builder.AddParameterFromConfiguration(name, key, secret: true);
    }

    /// <summary>"Betfair:Password" → "betfair-password": a valid resource name, the key still readable in it.</summary>
    public static string ParameterName(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Replace(':', '-').Replace('_', '-').ToLowerInvariant();
    }
}

namespace Statistico.Gateway.Security;

/// <summary>Names of the gateway's API-key scheme.</summary>
internal static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";

    public const string HeaderName = "X-Api-Key";

    /// <summary>The authorization policy every data endpoint requires.</summary>
    public const string Policy = "ApiKey";
}

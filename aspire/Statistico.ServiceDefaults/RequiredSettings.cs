using Microsoft.Extensions.Configuration;

namespace Statistico.ServiceDefaults;

/// <summary>
/// Settings a service cannot run without. A missing one stops the service at start with a message naming the key,
/// instead of a built-in default (such as <c>http://ratings</c>) that only works on one machine's network and fails
/// later, on the first call, far from its cause. The AppHost, the scripts and the test hosts supply them.
/// </summary>
public static class RequiredSettings
{
    /// <summary>The absolute http(s) address at <paramref name="key"/>, with a trailing slash so relative paths append.</summary>
    /// <exception cref="InvalidOperationException">The setting is missing, empty or not an absolute http(s) URL.</exception>
    public static Uri RequiredUrl(this IConfiguration configuration, string key)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"The required setting '{key}' is missing (environment variable {key.Replace(":", "__", StringComparison.Ordinal)}); "
                + "the AppHost and the test hosts set it, a cluster sets it in the service's ConfigMap.");
        }

        return Uri.TryCreate(value.TrimEnd('/') + "/", UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw new InvalidOperationException($"The required setting '{key}' is '{value}', which is not an absolute http(s) URL.");
    }
}

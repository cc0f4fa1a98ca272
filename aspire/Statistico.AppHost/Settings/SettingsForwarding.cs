using Microsoft.Extensions.Configuration;

namespace Statistico.AppHost.Settings;

/// <summary>
/// Hands a section of the AppHost's own configuration to a service as environment variables, so a setting given to
/// the run command (<c>./scripts/run.sh Simulator:Speed=600</c>, or <c>Simulator__Seed=7</c> in the environment) reaches
/// the service it is for without an AppHost edit per setting. A credential (<see cref="SecretSettings"/>) travels as a
/// secret Aspire parameter instead of a plain value, so the dashboard masks it (ADR 0703).
/// </summary>
public static class SettingsForwarding
{
    public static IResourceBuilder<ProjectResource> WithSettingsSection(
        this IResourceBuilder<ProjectResource> service, IConfiguration configuration, string section)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var (key, value) in configuration.GetSection(section).AsEnumerable(makePathsRelative: false))
        {
            // Only leaves carry values; "Simulator:Replay:Season" becomes Simulator__Replay__Season, as .NET reads it back.
            if (value is null)
            {
                continue;
            }

            var variable = key.Replace(":", "__", StringComparison.Ordinal);
            if (SecretSettings.IsSecret(key))
            {
                service.WithEnvironment(variable, SecretSettings.Parameter(service.ApplicationBuilder, key));
            }
            else
            {
                service.WithEnvironment(variable, value);
            }
        }

        return service;
    }
}

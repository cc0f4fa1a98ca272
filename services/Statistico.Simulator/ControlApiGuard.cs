namespace Statistico.Simulator;

/// <summary>
/// The control API (/control/*: clock, faults, world resets) has no authentication; it is meant for a developer's
/// machine and tests. Outside Development the Simulator refuses to start unless <see cref="EnabledKey"/> says the
/// control API is wanted there (a demo), so it cannot be deployed open by accident (ADR 0044).
/// </summary>
public static class ControlApiGuard
{
    public const string EnabledKey = "Simulator:Control:Enabled";

    public static void EnsureAllowed(IHostEnvironment environment, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(configuration);
        if (environment.IsDevelopment() || configuration.GetValue<bool>(EnabledKey))
        {
            return;
        }

        throw new InvalidOperationException(
            $"The Simulator's control API is unauthenticated and this is the '{environment.EnvironmentName}' environment. " +
            $"Set {EnabledKey}=true (environment Simulator__Control__Enabled=true) to run it here on purpose, e.g. for a demo.");
    }
}

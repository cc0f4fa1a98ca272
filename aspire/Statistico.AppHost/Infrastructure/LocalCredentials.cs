using System.Diagnostics;

namespace Statistico.AppHost.Infrastructure;

/// <summary>
/// The local servers' per-machine credentials: <c>scripts/infra.sh credentials</c> creates the file on first use
/// (random passwords, mode 600) and prints its path; the services' role and password are read from it, as the script
/// and the test helpers do (ADR 0041). Nothing here is a fixed password.
/// </summary>
internal static class LocalCredentials
{
    public const string User = "statistico";

    public static string ServicePassword(string script)
    {
        var path = CredentialsFile(script);
        var password = File.ReadAllLines(path)
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("STATISTICO_INFRA_PASSWORD=", StringComparison.Ordinal))
            .Select(line => line["STATISTICO_INFRA_PASSWORD=".Length..])
            .LastOrDefault();
        return string.IsNullOrEmpty(password)
            ? throw new InvalidOperationException($"{path} has no STATISTICO_INFRA_PASSWORD; delete it and start again to regenerate it.")
            : password;
    }

    private static string CredentialsFile(string script)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", [script, "credentials"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("bash could not be started to run scripts/infra.sh credentials.");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 && output.Trim() is { Length: > 0 } path
            ? path
            : throw new InvalidOperationException($"scripts/infra.sh credentials failed ({process.ExitCode}): {error.Trim()}");
    }
}

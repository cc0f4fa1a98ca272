namespace Statistico.Testing;

/// <summary>
/// This machine's credentials for the servers scripts/infra.sh runs, read from the file it generates
/// (<c>STATISTICO_INFRA_ENV_FILE</c>, default <c>~/.config/statistico/infra.env</c>, mode 600); the environment's
/// <c>STATISTICO_INFRA_PASSWORD</c>/<c>STATISTICO_INFRA_ADMIN_PASSWORD</c> win, as in the script.
/// </summary>
public sealed record LocalCredentials(string User, string Password, string AdminUser, string AdminPassword)
{
    public static string FilePath =>
        Environment.GetEnvironmentVariable("STATISTICO_INFRA_ENV_FILE") is { Length: > 0 } file
            ? file
            : Path.Combine(
                Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } config
                    ? config
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config"),
                "statistico", "infra.env");

    /// <summary>The credentials, or null when the file does not exist and the environment does not give them.</summary>
    public static LocalCredentials? Read()
    {
        var values = File.Exists(FilePath) ? Parse(File.ReadAllLines(FilePath)) : new Dictionary<string, string>();
        string? Value(string key) => Environment.GetEnvironmentVariable(key) is { Length: > 0 } set ? set : values.GetValueOrDefault(key);
        var password = Value("STATISTICO_INFRA_PASSWORD");
        var adminPassword = Value("STATISTICO_INFRA_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password) || string.IsNullOrEmpty(adminPassword))
        {
            return null;
        }

        return new LocalCredentials(
            Environment.GetEnvironmentVariable("STATISTICO_INFRA_USER") is { Length: > 0 } user ? user : "statistico",
            password,
            Environment.GetEnvironmentVariable("STATISTICO_INFRA_ADMIN_USER") is { Length: > 0 } admin ? admin : "statistico_admin",
            adminPassword);
    }

    /// <summary>KEY=VALUE lines; comments and anything else are ignored (the file is never executed).</summary>
    public static Dictionary<string, string> Parse(IEnumerable<string> lines) =>
        lines.Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#') && line.Contains('=', StringComparison.Ordinal))
            .Select(line => (Key: line[..line.IndexOf('=', StringComparison.Ordinal)], Value: line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..]))
            .GroupBy(pair => pair.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Last().Value, StringComparer.Ordinal);

    public override string ToString() => $"{User}/{AdminUser} (passwords hidden)";
}

namespace Statistico.AppHost.Infrastructure;

/// <summary>Finds the Debian/Ubuntu server packages that local mode runs.</summary>
public static class LocalServers
{
    private static readonly string[] SearchPath =
        [.. (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':'), "/usr/sbin", "/usr/bin", "/sbin"];

    /// <summary>The apt package names whose programs are not installed.</summary>
    public static IReadOnlyList<string> Missing()
    {
        var missing = new List<string>();
        if (!OnPath("rabbitmq-server"))
        {
            missing.Add("rabbitmq-server");
        }

        if (!PostgresInstalled())
        {
            missing.Add("postgresql");
        }

        if (!OnPath("redis-server"))
        {
            missing.Add("redis-server");
        }

        return missing;
    }

    private static bool OnPath(string program) =>
        SearchPath.Where(dir => dir.Length > 0).Any(dir => File.Exists(Path.Combine(dir, program)));

    private static bool PostgresInstalled() =>
        Directory.Exists("/usr/lib/postgresql")
        && Directory.EnumerateDirectories("/usr/lib/postgresql").Any(dir => File.Exists(Path.Combine(dir, "bin", "postgres")));
}

namespace Statistico.Testing;

/// <summary>Finds the shared football-data folder by walking up from the test binaries; the data are never copied into the repository.</summary>
public static class SharedData
{
    public static string FootballDataFolder { get; } = Locate();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "data", "football-data"), Path.Combine(dir.FullName, "..", "shared", "data", "football-data") })
            {
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException($"No shared/data/football-data above {AppContext.BaseDirectory}.");
    }
}

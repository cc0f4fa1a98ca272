namespace Statistico.Modelling.Tests.Support;

/// <summary>Finds the shared football-data folder without copying files into the repository.</summary>
internal static class SharedData
{
    public static string FootballDataFolder { get; } = Locate();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "data"), Path.Combine(dir.FullName, "..", "shared", "data") })
            {
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(Path.Combine(candidate, "football-data"));
                }
            }
        }

        throw new DirectoryNotFoundException($"No shared/data above {AppContext.BaseDirectory}.");
    }
}

namespace Statistico.Simulator.Tests;

/// <summary>The shared football-data folder (../shared beside the repository).</summary>
internal static class SharedData
{
    public static string Folder { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "football-data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/data/football-data was not found above " + AppContext.BaseDirectory);
    }
}

namespace Statistico.Testing;

/// <summary>The checkout the tests run from: the nearest folder above the test binaries that holds Statistico.sln.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Statistico.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Statistico.sln above {AppContext.BaseDirectory}.");
    }
}

namespace Statistico.Testing;

/// <summary>The checkout's root (where Statistico.sln is), found upwards from the test assembly.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Statistico.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Statistico.sln not found above " + AppContext.BaseDirectory);
    }
}

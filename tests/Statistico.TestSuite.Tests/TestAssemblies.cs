namespace Statistico.TestSuite.Tests;

/// <summary>
/// The built output of every tests/*.Tests project, in this assembly's configuration. STATISTICO_TESTS_ROOT points the
/// check at another checkout (e.g. to see it fail on an older commit); by default it is this repository.
/// </summary>
public static class TestAssemblies
{
    public static string RepositoryRoot { get; } = Environment.GetEnvironmentVariable("STATISTICO_TESTS_ROOT") is { Length: > 0 } root
        ? Path.GetFullPath(root)
        : FindRepositoryRoot();

    /// <summary>Each test project's name with the path its assembly must have.</summary>
    public static IReadOnlyList<(string Project, string AssemblyPath)> All()
    {
        // bin/<Configuration>/<TargetFramework>/: the other test assemblies are built the same way as this one.
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!.Name;
        return [.. Directory.GetDirectories(Path.Combine(RepositoryRoot, "tests"), "*.Tests")
            .Select(directory => Path.GetFileName(directory))
            .Where(project => File.Exists(Path.Combine(RepositoryRoot, "tests", project, project + ".csproj")))
            .Order(StringComparer.Ordinal)
            .Select(project => (project, Path.Combine(RepositoryRoot, "tests", project, "bin", configuration, framework.Name, project + ".dll")))];
    }

    private static string FindRepositoryRoot()
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

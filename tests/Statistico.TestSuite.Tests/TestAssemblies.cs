namespace Statistico.TestSuite.Tests;

/// <summary>
/// The built output of every tests/*.Tests project, in this assembly's configuration. STATISTICO_TESTS_ROOT points the
/// check at another checkout (e.g. to see it fail on an older commit); by default it is this repository.
/// </summary>
public static class TestAssemblies
{
    public static string RepositoryRoot { get; } = Environment.GetEnvironmentVariable("STATISTICO_TESTS_ROOT") is { Length: > 0 } root
        ? Path.GetFullPath(root)
        : Statistico.Testing.RepositoryRoot.Path;

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
}

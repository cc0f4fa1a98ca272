using System.Runtime.InteropServices;

namespace Statistico.Testing;

/// <summary>
/// The newest installed version of every shared framework (.NET, ASP.NET Core): what a MetadataLoadContext resolves
/// assemblies against when it reads a test or service assembly without loading it for execution.
/// </summary>
public static class SharedFramework
{
    public static IEnumerable<string> Assemblies()
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar);
        var shared = Directory.GetParent(runtime)!.Parent!;
        return shared.GetDirectories()
            .Select(framework => framework.GetDirectories().OrderBy(v => Version.TryParse(v.Name.Split('-')[0], out var parsed) ? parsed : new Version()).LastOrDefault())
            .Where(newest => newest is not null)
            .SelectMany(newest => Directory.GetFiles(newest!.FullName, "*.dll"));
    }
}

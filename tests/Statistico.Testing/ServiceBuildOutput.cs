namespace Statistico.Testing;

/// <summary>Where a service's own build lands: bin/&lt;configuration&gt;/&lt;framework&gt;/ as for the calling test assembly.</summary>
public static class ServiceBuildOutput
{
    /// <summary>The output folder of <c>services/&lt;project&gt;</c> (e.g. Statistico.Trader).</summary>
    public static string Directory(string project)
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        return Path.Combine(RepositoryRoot.Path, "services", project, "bin", output.Parent!.Name, output.Name);
    }
}

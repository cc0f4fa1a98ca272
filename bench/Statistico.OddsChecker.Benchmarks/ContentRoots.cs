namespace Statistico.OddsChecker.Benchmarks;

/// <summary>WebApplicationFactory finds a service's content root from a test manifest this console app does not have: point it at the sources.</summary>
internal static class ContentRoots
{
    public static void Point(params string[] services)
    {
        var repository = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(repository.FullName, "Statistico.sln")))
        {
            repository = repository.Parent ?? throw new DirectoryNotFoundException("Statistico.sln is not above the harness.");
        }

        foreach (var service in services)
        {
            Environment.SetEnvironmentVariable($"ASPNETCORE_TEST_CONTENTROOT_{service.Replace('.', '_').ToUpperInvariant()}", Path.Combine(repository.FullName, "services", service));
        }
    }
}

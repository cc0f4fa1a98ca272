using System.Reflection;
using Statistico.Testing;

namespace Statistico.TestSuite.Tests;

/// <summary>
/// Reads a test assembly's [Fact]/[Theory] methods and their Category traits without running or even loading it for
/// execution (a MetadataLoadContext): nothing in a test assembly's static state runs, and any assembly version works.
/// </summary>
public static class TestCatalogue
{
    private const string FactAttribute = "Xunit.FactAttribute";
    private const string TraitAttribute = "Xunit.TraitAttribute";

    /// <param name="assemblyPath">The test assembly; its directory's assemblies resolve its references.</param>
    /// <param name="referenceDirectory">Another directory whose assemblies resolve references (an assembly built elsewhere).</param>
    public static IReadOnlyList<DiscoveredTest> Read(string assemblyPath, string? referenceDirectory = null)
    {
        // Test assemblies reference ASP.NET Core's shared framework too; the newest version of each framework suffices.
        var own = Directory.GetFiles(Path.GetDirectoryName(assemblyPath)!, "*.dll");
        var resolvable = own
            .Concat(referenceDirectory is null ? [] : Directory.GetFiles(referenceDirectory, "*.dll").Where(dll => !own.Any(o => Path.GetFileName(o) == Path.GetFileName(dll))))
            .Concat(SharedFramework.Assemblies());
        using var context = new MetadataLoadContext(new PathAssemblyResolver(resolvable));
        var assembly = context.LoadFromAssemblyPath(assemblyPath);
        var name = assembly.GetName().Name!;
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            // A type that cannot be read could hold tests: never count it as having none.
            throw new InvalidOperationException(
                $"{name}: some types cannot be read: {string.Join("; ", exception.LoaderExceptions.Select(e => e?.Message))}", exception);
        }

        var tests = new List<DiscoveredTest>();
        // IsVisible, not IsPublic: a public class nested in a public class is run by xunit too, and IsPublic is false for it.
        foreach (var type in types.Where(t => t.IsClass && !t.IsAbstract && t.IsVisible))
        {
            var classCategories = Categories(type.GetCustomAttributesData());
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                var attributes = method.GetCustomAttributesData();
                if (attributes.Any(a => DerivesFrom(a.AttributeType, FactAttribute)))
                {
                    tests.Add(new DiscoveredTest(name, type.FullName!, method.Name, [.. classCategories, .. Categories(attributes)]));
                }
            }
        }

        return tests;
    }

    private static List<string> Categories(IList<CustomAttributeData> attributes) =>
        [.. attributes
            .Where(a => a.AttributeType.FullName == TraitAttribute
                && a.ConstructorArguments.Count == 2
                && Equals(a.ConstructorArguments[0].Value, "Category"))
            .Select(a => (string)a.ConstructorArguments[1].Value!)];

    private static bool DerivesFrom(Type type, string fullName)
    {
        for (Type? current = type; current is not null; current = current.BaseType)
        {
            if (current.FullName == fullName)
            {
                return true;
            }
        }

        return false;
    }
}

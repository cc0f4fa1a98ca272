using System.Reflection;
using System.Text.Json.Nodes;
using Statistico.Testing;

namespace Statistico.Charts.Tests.Support;

/// <summary>
/// The settings one service reads, found in its build output without running it (a MetadataLoadContext over the
/// service's assembly and the Statistico assemblies beside it): an options class bound from a section (a
/// <c>const string SectionName</c>) and its properties, nested classes, dictionaries and lists; a key named by a
/// constant (<c>"Simulator:Control:Enabled"</c>); or a path in the service's appsettings.json (e.g. Logging).
/// </summary>
internal sealed class ServiceSettings : IDisposable
{
    private readonly MetadataLoadContext context;
    private readonly List<Assembly> assemblies;
    private readonly JsonObject appSettings;

    public ServiceSettings(string project)
    {
        var directory = Path.Combine(RepositoryRoot.Path, "services", project);
        var bin = ServiceBuildOutput.Directory(project);
        context = new MetadataLoadContext(new PathAssemblyResolver(Directory.GetFiles(bin, "*.dll").Concat(SharedFramework.Assemblies())));
        assemblies = [.. Directory.GetFiles(bin, "Statistico.*.dll").Select(context.LoadFromAssemblyPath)];
        appSettings = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "appsettings.json")))!.AsObject();
    }

    /// <summary>Whether the service reads the .NET environment key (Section__Key__...).</summary>
    public bool Reads(string key)
    {
        var path = key.Split("__");
        return InAppSettings(path) || NamedByConstant(string.Join(':', path)) || BoundBySection(path);
    }

    public void Dispose() => context.Dispose();

    private bool InAppSettings(string[] path)
    {
        JsonNode? node = appSettings;
        foreach (var segment in path)
        {
            node = node is JsonObject o ? o.FirstOrDefault(p => string.Equals(p.Key, segment, StringComparison.OrdinalIgnoreCase)).Value : null;
        }

        return node is not null and not JsonObject;
    }

    private bool NamedByConstant(string colonKey) =>
        Constants().Any(field => string.Equals(field.GetRawConstantValue() as string, colonKey, StringComparison.OrdinalIgnoreCase));

    /// <summary>A section name of one level ("Betfair") or more ("Betfair:Stream") that starts the key, the rest a property path of its class.</summary>
    private bool BoundBySection(string[] path) =>
        Constants()
            .Where(field => field.Name == "SectionName")
            .Select(field => (Type: field.DeclaringType!, Section: ((string)field.GetRawConstantValue()!).Split(':')))
            .Where(bound => bound.Section.Length <= path.Length
                && bound.Section.Select((segment, i) => string.Equals(segment, path[i], StringComparison.OrdinalIgnoreCase)).All(same => same))
            .Any(bound => Resolves(bound.Type, path.AsSpan(bound.Section.Length)));

    private static bool Resolves(Type type, ReadOnlySpan<string> path)
    {
        if (path.IsEmpty)
        {
            return true;
        }

        if (Dictionary(type) is { } values)
        {
            return Resolves(values, path[1..]); // the segment is the dictionary's key
        }

        if (Element(type) is { } element)
        {
            return int.TryParse(path[0], out _) && Resolves(element, path[1..]);
        }

        var segment = path[0];
        var property = type.GetProperties().FirstOrDefault(p => string.Equals(p.Name, segment, StringComparison.OrdinalIgnoreCase) && p.CanWrite);
        return property is not null && Resolves(property.PropertyType, path[1..]);
    }

    private static Type? Dictionary(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition().FullName is "System.Collections.Generic.Dictionary`2" or "System.Collections.Generic.IDictionary`2" or "System.Collections.Generic.IReadOnlyDictionary`2"
            ? type.GetGenericArguments()[1]
            : null;

    private static Type? Element(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericTypeDefinition().FullName is "System.Collections.Generic.List`1" or "System.Collections.Generic.IList`1" or "System.Collections.Generic.IReadOnlyList`1"
            ? type.GetGenericArguments()[0]
            : null;

    private IEnumerable<FieldInfo> Constants() =>
        assemblies.SelectMany(Types)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType.FullName == "System.String");

    private static IEnumerable<Type> Types(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            return exception.Types.OfType<Type>();
        }
    }
}

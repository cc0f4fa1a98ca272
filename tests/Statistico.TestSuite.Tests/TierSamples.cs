using System.Reflection;
using System.Reflection.Emit;

namespace Statistico.TestSuite.Tests;

/// <summary>
/// Writes a small test assembly whose classes break (or keep) the one-tier rule in every way the catalogue must see,
/// without putting such tests in a real test project (where the runner would run them and the tier check would fail
/// the build's own suite): emitted with a PersistedAssemblyBuilder and saved to a file the catalogue reads.
/// </summary>
public static class TierSamples
{
    public const string AssemblyName = "Statistico.TierSamples";

    /// <summary>Saves the sample assembly in <paramref name="directory"/> and returns its path.</summary>
    public static string Write(string directory)
    {
        var assembly = new PersistedAssemblyBuilder(new AssemblyName(AssemblyName), typeof(object).Assembly);
        var module = assembly.DefineDynamicModule(AssemblyName);

        Class(module, "NoTier", classTier: null).Fact("A_fact");
        Class(module, "NoTierTheory", classTier: null).Theory("A_theory");
        Class(module, "TierOnTheMethod", classTier: null).Fact("A_fact", methodTier: "Unit");
        Class(module, "TierOnBoth", classTier: "Unit").Fact("A_fact", methodTier: "Integration");
        Class(module, "UnknownTier", classTier: "Slow").Fact("A_fact");
        var outer = Class(module, "Outer", classTier: "Unit");
        outer.Fact("Outer_fact");
        var nested = outer.Builder.DefineNestedType("Nested", TypeAttributes.NestedPublic | TypeAttributes.Class);
        nested.DefineDefaultConstructor(MethodAttributes.Public);
        new Sample(nested).Fact("Nested_fact");
        Class(module, "Tiered", classTier: "Integration").Fact("A_fact");

        foreach (var sample in Created)
        {
            sample.CreateType();
        }

        nested.CreateType();

        Created.Clear();
        var path = Path.Combine(directory, AssemblyName + ".dll");
        assembly.Save(path);
        return path;
    }

    private static readonly List<TypeBuilder> Created = [];

    private static Sample Class(ModuleBuilder module, string name, string? classTier)
    {
        var type = module.DefineType($"Samples.{name}", TypeAttributes.Public | TypeAttributes.Class);
        type.DefineDefaultConstructor(MethodAttributes.Public);
        if (classTier is not null)
        {
            type.SetCustomAttribute(Trait(classTier));
        }

        Created.Add(type);
        return new Sample(type);
    }

    private static CustomAttributeBuilder Trait(string tier) =>
        new(typeof(TraitAttribute).GetConstructor([typeof(string), typeof(string)])!, ["Category", tier]);

    /// <summary>[Fact]/[Theory] with every constructor parameter at its default (xunit v3's take caller file and line).</summary>
    private static CustomAttributeBuilder Test(Type attribute)
    {
        var constructor = attribute.GetConstructors().OrderBy(c => c.GetParameters().Length).First();
        return new CustomAttributeBuilder(constructor, [.. constructor.GetParameters().Select(p => p.HasDefaultValue ? p.DefaultValue : null)]);
    }

    private sealed record Sample(TypeBuilder Builder)
    {
        public void Fact(string name, string? methodTier = null) => Method(name, typeof(FactAttribute), methodTier, []);

        public void Theory(string name) => Method(name, typeof(TheoryAttribute), null, [typeof(int)]);

        private void Method(string name, Type attribute, string? methodTier, Type[] parameters)
        {
            var method = Builder.DefineMethod(name, MethodAttributes.Public, typeof(void), parameters);
            method.GetILGenerator().Emit(OpCodes.Ret);
            method.SetCustomAttribute(Test(attribute));
            if (methodTier is not null)
            {
                method.SetCustomAttribute(Trait(methodTier));
            }
        }
    }
}

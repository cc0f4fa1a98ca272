namespace Statistico.TestSuite.Tests;

/// <summary>
/// A test without a tier is silently dropped by every tier filter (scripts/test.sh "Category=Unit"), and one with two
/// runs in both: every [Fact]/[Theory] of every tests/*.Tests assembly has exactly one Category of the known tiers.
/// </summary>
[Trait("Category", "Unit")]
public sealed class TestTierTests(ITestOutputHelper output)
{
    private static IReadOnlyList<string> Tiers => TierRule.Tiers;

    [Fact]
    public void Every_test_method_has_exactly_one_known_tier()
    {
        var assemblies = TestAssemblies.All();
        var unbuilt = assemblies.Where(a => !File.Exists(a.AssemblyPath)).Select(a => a.AssemblyPath).ToList();
        Assert.True(unbuilt.Count == 0, "Test assemblies not built (build the solution first): " + string.Join(", ", unbuilt));

        var tests = assemblies.SelectMany(a => TestCatalogue.Read(a.AssemblyPath)).ToList();
        foreach (var (project, _) in assemblies)
        {
            var count = tests.Count(t => t.Assembly == project);
            output.WriteLine($"{project}: {string.Join(", ", Tiers.Select(tier => $"{tier} {tests.Count(t => t.Assembly == project && t.Categories.SequenceEqual([tier]))}"))} of {count}");
        }

        output.WriteLine($"all: {string.Join(", ", Tiers.Select(tier => $"{tier} {tests.Count(t => t.Categories.SequenceEqual([tier]))}"))} of {tests.Count}");

        var offenders = TierRule.Offenders(tests);
        Assert.True(offenders.Count == 0,
            $"{offenders.Count} of {tests.Count} test methods have no tier, several, or an unknown one " +
            $"(put exactly one [Trait(\"Category\", \"{string.Join('|', Tiers)}\")] on the class):{Environment.NewLine}" +
            string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void The_catalogue_reads_every_test_project_including_this_one()
    {
        var projects = TestAssemblies.All().Select(a => a.Project).ToList();
        Assert.Contains("Statistico.TestSuite.Tests", projects);
        Assert.True(projects.Count >= 2, string.Join(", ", projects));

        var own = TestCatalogue.Read(typeof(TestTierTests).Assembly.Location);
        Assert.Contains(own, t => t.Method == nameof(Every_test_method_has_exactly_one_known_tier) && t.Categories.SequenceEqual(["Unit"]));
    }

    [Fact]
    public void The_check_names_a_fact_or_theory_without_a_tier_a_nested_class_two_tiers_and_an_unknown_one()
    {
        var directory = Directory.CreateTempSubdirectory("tier-samples-");
        try
        {
            var samples = TestCatalogue.Read(TierSamples.Write(directory.FullName), AppContext.BaseDirectory);
            foreach (var sample in samples)
            {
                output.WriteLine($"{sample.Class}.{sample.Method}: [{string.Join(", ", sample.Categories)}]");
            }

            var offenders = TierRule.Offenders(samples).Select(o => o[(o.IndexOf(": ", StringComparison.Ordinal) + 2)..o.IndexOf(" [", StringComparison.Ordinal)]).Order(StringComparer.Ordinal);
            Assert.Equal(
                ["Samples.NoTier.A_fact", "Samples.NoTierTheory.A_theory", "Samples.Outer+Nested.Nested_fact", "Samples.TierOnBoth.A_fact", "Samples.UnknownTier.A_fact"],
                offenders);
            Assert.Equal(8, samples.Count); // the tiered ones are read too: Outer's own, the method's tier, Tiered
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}

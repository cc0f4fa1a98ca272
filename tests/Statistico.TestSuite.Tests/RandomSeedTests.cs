using Statistico.Testing;

namespace Statistico.TestSuite.Tests;

/// <summary>Every random test logs and accepts its seed: no test source draws from a generator TestSeed does not seed.</summary>
[Trait("Category", "Unit")]
public sealed class RandomSeedTests
{
    // Split so that this file's own samples are not what the scan finds.
    private const string New = "new ";

    [Fact]
    public void No_test_draws_randomness_that_STATISTICO_TEST_SEED_cannot_replay()
    {
        var offenders = UnseededRandomness.InTests(Path.Combine(RepositoryRoot.Path, "tests"));

        Assert.True(offenders.Count == 0,
            $"Seed these with TestSeed.Fixed(n) or TestSeed.Fresh() (it logs the seed and takes {TestSeed.Variable}):{Environment.NewLine}" +
            string.Join(Environment.NewLine, offenders));
    }

    [Theory]
    [InlineData(New + "Random(7)")]
    [InlineData(New + "Random()")]
    [InlineData(New + "System.Random(42)")]
    [InlineData(New + "Random(seed + 1)")]
    [InlineData("var x = Random" + ".Shared.Next();")]
    [InlineData("var r = " + New + "Random(TestSeed.Fixed(1)); var s = " + New + "Random(2);")]
    public void The_scan_finds_a_generator_no_test_seed_controls(string line)
    {
        Assert.Single(UnseededRandomness.In("Sample.cs", line));
    }

    [Theory]
    [InlineData(New + "Random(TestSeed.Fixed(7))")]
    [InlineData(New + "Random(TestSeed.Fresh())")]
    [InlineData("// " + New + "Random(7) in a comment")]
    [InlineData("var random = " + New + "Random(seed); // a helper handed its caller's TestSeed")]
    [InlineData("var pcg = new PCG((uint)runSeed, (ulong)runSeed);")]
    [InlineData("request.Create(ca, from, to, RandomNumberGenerator.GetBytes(8)); // a certificate's serial, not test data")]
    public void The_scan_passes_seeded_generators_and_comments(string line)
    {
        Assert.Empty(UnseededRandomness.In("Sample.cs", line));
    }

    [Fact]
    public void Only_TestSeed_itself_may_draw_a_fresh_seed_from_the_shared_generator()
    {
        const string line = "public static int Fresh() => Logged(Override() ?? Random" + ".Shared.Next());";

        Assert.Empty(UnseededRandomness.In("/x/TestSeed.cs", line));
        Assert.Single(UnseededRandomness.In("/x/Other.cs", line));
    }
}

using System.Globalization;
using Xunit;

namespace Statistico.Testing;

/// <summary>
/// The seed of a randomised test. <c>STATISTICO_TEST_SEED</c> (an integer) overrides every test's seed,
/// so a failure seen once can be replayed with the same data; each test writes the seed it used to
/// its output, where a failing run shows it.
/// </summary>
public static class TestSeed
{
    /// <summary>The environment variable that replays a seed.</summary>
    public const string Variable = "STATISTICO_TEST_SEED";

    /// <summary>
    /// For tests whose tolerances were checked on fixed data: <paramref name="defaultSeed"/> unless the
    /// variable overrides it (another seed draws other data, which the tolerance may not cover).
    /// </summary>
    public static int Fixed(int defaultSeed) => Logged(Override() ?? defaultSeed);

    /// <summary>For property tests: a new seed on every run unless the variable sets one.</summary>
    public static int Fresh() => Logged(Override() ?? Random.Shared.Next());

    private static int? Override()
    {
        var text = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // A typo must not silently fall back to another seed: the replay would test different data.
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : throw new InvalidOperationException($"{Variable}='{text}' is not an integer seed.");
    }

    private static int Logged(int seed)
    {
        TestContext.Current.TestOutputHelper?.WriteLine($"seed {seed} (replay with {Variable}={seed})");
        return seed;
    }
}

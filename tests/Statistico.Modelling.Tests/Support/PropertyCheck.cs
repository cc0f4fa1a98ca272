using CsCheck;
using Statistico.Testing;

namespace Statistico.Modelling.Tests.Support;

/// <summary>
/// Runs a CsCheck property from one integer seed (<see cref="TestSeed.Fresh"/>), so that
/// <c>STATISTICO_TEST_SEED</c> replays the whole run case for case. CsCheck's own <c>Sample</c>
/// draws later cases from per-thread generators that no seed controls; here cases come from one
/// generator in sequence, and only a failure is handed to <c>Sample</c> (seeded with the failing
/// case) to shrink it.
/// </summary>
public static class PropertyCheck
{
    /// <summary>Checks <paramref name="assert"/> on <paramref name="iterations"/> cases of <paramref name="gen"/>.</summary>
    public static void Run<T>(Gen<T> gen, Action<T> assert, int iterations = 2_000)
    {
        var runSeed = TestSeed.Fresh();
        var pcg = new PCG((uint)runSeed, (ulong)runSeed);
        for (var i = 0; i < iterations; i++)
        {
            // The generator's state before a case is CsCheck's seed for that case.
            var caseSeed = pcg.ToString();
            var value = gen.Generate(pcg, null, out _);
            try
            {
                assert(value);
            }
            catch (Exception failure)
            {
                throw new PropertyFailedException(
                    $"Case {i + 1} of seed {runSeed} failed ({TestSeed.Variable}={runSeed} replays the run, " +
                    $"CsCheck_Seed={caseSeed} the case): {CsCheck.Check.Print(value)}\n{Shrink(gen, assert, caseSeed)}",
                    failure);
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{iterations:N0} cases passed.");
    }

    private static string Shrink<T>(Gen<T> gen, Action<T> assert, string caseSeed)
    {
        try
        {
            gen.Sample(assert, seed: caseSeed, iter: 10_000, threads: 1);
            return "The failing case passed when run again: the property is not deterministic.";
        }
        catch (CsCheckException shrunk)
        {
            return "Shrunk by CsCheck: " + shrunk.Message;
        }
    }
}

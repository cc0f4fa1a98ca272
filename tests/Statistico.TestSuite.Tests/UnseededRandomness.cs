using System.Text.RegularExpressions;

namespace Statistico.TestSuite.Tests;

/// <summary>
/// Finds randomness in test sources that no seed controls: a generator seeded with anything but
/// <c>TestSeed</c> (which logs the seed and takes <c>STATISTICO_TEST_SEED</c>), an unseeded one, or the shared one.
/// A failure drawn from such a generator cannot be replayed. Cryptographic randomness (a certificate's serial number, a
/// key) is not test data and is not looked for.
/// </summary>
public static partial class UnseededRandomness
{
    /// <summary>The one file allowed to draw a fresh seed from the shared generator.</summary>
    private const string SeedSource = "TestSeed.cs";

    /// <summary>This file, whose patterns name what they look for.</summary>
    private const string Scanner = "UnseededRandomness.cs";

    /// <summary>Each offending line of <paramref name="source"/>, as "line: text".</summary>
    public static IEnumerable<string> In(string fileName, string source)
    {
        if (Path.GetFileName(fileName) == Scanner)
        {
            yield break;
        }

        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith("///", StringComparison.Ordinal))
            {
                continue;
            }

            // A seed from TestSeed, or one handed in (a helper's parameter: its callers pass TestSeed's, or the helper
            // wraps it); a literal, an empty call or any other expression is a seed nobody can replace.
            var seededElsewhere = NewRandom().Matches(line).Any(m => !m.Groups["seed"].Value.Contains("TestSeed.", StringComparison.Ordinal)
                && !HandedIn().IsMatch(m.Groups["seed"].Value));
            var shared = line.Contains("Random.Shared", StringComparison.Ordinal) && Path.GetFileName(fileName) != SeedSource;
            if (seededElsewhere || shared)
            {
                yield return $"{i + 1}: {line}";
            }
        }
    }

    /// <summary>Every offending line in the test projects' sources under <paramref name="testsRoot"/>.</summary>
    public static IReadOnlyList<string> InTests(string testsRoot) =>
        [.. Directory.EnumerateFiles(testsRoot, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(path => In(path, File.ReadAllText(path)).Select(hit => $"{Path.GetRelativePath(testsRoot, path)}:{hit}"))];

    // new Random(...) or new System.Random(...): the seed expression up to the closing parenthesis of the call.
    [GeneratedRegex(@"new\s+(?:System\.)?Random\s*\((?<seed>[^;]*?)\)(?=[;,)\s]|$)")]
    private static partial Regex NewRandom();

    [GeneratedRegex(@"^\s*[a-z_][A-Za-z0-9_]*\s*$")]
    private static partial Regex HandedIn();
}

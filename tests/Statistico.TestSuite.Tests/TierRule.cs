namespace Statistico.TestSuite.Tests;

/// <summary>Every test method has exactly one Category, and it is one of the tiers docs/architecture.md lists.</summary>
public static class TierRule
{
    /// <summary>The tiers; <c>Browser</c> (end-to-end through a browser) has no test yet but is reserved for the UI's.</summary>
    public static IReadOnlyList<string> Tiers { get; } = ["Unit", "Integration", "System", "Browser"];

    /// <summary>The tests breaking the rule, each with what it carries.</summary>
    public static IReadOnlyList<string> Offenders(IEnumerable<DiscoveredTest> tests) =>
        [.. tests
            .Where(t => t.Categories.Count != 1 || !Tiers.Contains(t.Categories[0]))
            .Select(t => $"{t} [{(t.Categories.Count == 0 ? "no Category" : string.Join(", ", t.Categories))}]")];
}

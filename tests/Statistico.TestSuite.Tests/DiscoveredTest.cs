namespace Statistico.TestSuite.Tests;

/// <summary>One xunit test method as the test runner sees it, with the Category traits on its class and on itself.</summary>
public sealed record DiscoveredTest(string Assembly, string Class, string Method, IReadOnlyList<string> Categories)
{
    public override string ToString() => $"{Assembly}: {Class}.{Method}";
}

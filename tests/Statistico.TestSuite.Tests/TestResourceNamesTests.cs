using Statistico.Testing;

namespace Statistico.TestSuite.Tests;

[Trait("Category", "Unit")]
public sealed class TestResourceNamesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 19, 30, 15, TimeSpan.Zero);

    [Fact]
    public void Every_name_carries_its_creation_time_to_the_second()
    {
        Assert.Equal(Now, TestResourceNames.CreatedAt(TestResourceNames.Database("Odds Compiler!", Now)));
        Assert.Equal(Now, TestResourceNames.CreatedAt(TestResourceNames.VirtualHost("outage", Now)));
        Assert.Equal(Now, TestResourceNames.CreatedAt(TestResourceNames.KeyPrefix("fd", Now) + "upcoming:fixtures"));
    }

    [Fact]
    public void Database_names_are_unique_short_lower_case_identifiers()
    {
        var first = TestResourceNames.Database("Odds Compiler!", Now);
        var second = TestResourceNames.Database("Odds Compiler!", Now);

        Assert.NotEqual(first, second);
        Assert.StartsWith("t_261204193015_oddscompiler_", first, StringComparison.Ordinal);
        Assert.True(first.Length <= 63);
        Assert.All(first, c => Assert.True(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_', first));
    }

    [Fact]
    public void Only_marked_names_older_than_an_hour_are_leftovers()
    {
        Assert.True(TestResourceNames.IsLeftover(TestResourceNames.VirtualHost("old", Now.AddMinutes(-61)), Now));
        Assert.False(TestResourceNames.IsLeftover(TestResourceNames.VirtualHost("running", Now.AddMinutes(-59)), Now));
        Assert.False(TestResourceNames.IsLeftover(TestResourceNames.Database("future", Now.AddMinutes(5)), Now));

        // Names the helpers did not make (a service's database, a dev platform's keys, the old unmarked names) never are.
        Assert.Null(TestResourceNames.CreatedAt("footballdata"));
        Assert.Null(TestResourceNames.CreatedAt("statistico:footballdata:upcoming:fixtures"));
        Assert.Null(TestResourceNames.CreatedAt("test-outage-0f8fad5bd9cb469fa16570867728950e"));
        Assert.Null(TestResourceNames.CreatedAt("t_fd_0f8fad5bd9cb469fa16570867728950e"));
        Assert.Null(TestResourceNames.CreatedAt("t_999999999999_x"));
    }
}

using Statistico.Testing;

namespace Statistico.TestSuite.Tests;

[Trait("Category", "Unit")]
public sealed class LocalCredentialsTests
{
    [Fact]
    public void The_credentials_file_reads_as_key_value_lines_and_nothing_in_it_is_executed()
    {
        var values = LocalCredentials.Parse(
        [
            "# Statistico local infrastructure credentials",
            "STATISTICO_INFRA_PASSWORD=first",
            "",
            "$(touch /tmp/never)",
            "STATISTICO_INFRA_ADMIN_PASSWORD=a=b",
            "STATISTICO_INFRA_PASSWORD=second",
        ]);

        Assert.Equal("second", values["STATISTICO_INFRA_PASSWORD"]);
        Assert.Equal("a=b", values["STATISTICO_INFRA_ADMIN_PASSWORD"]);
        Assert.Equal(2, values.Count);
    }

    [Fact]
    public void Printing_credentials_hides_the_passwords()
    {
        var text = new LocalCredentials("statistico", "pw-app-123", "statistico_admin", "pw-admin-456").ToString();

        Assert.DoesNotContain("pw-app-123", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pw-admin-456", text, StringComparison.Ordinal);
    }
}

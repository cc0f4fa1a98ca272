using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Statistico.OddsChecker.Tests;

/// <summary>The compiled-books source enabled without the Odds Compiler's address stops the checker at start, naming the key.</summary>
[Trait("Category", "Unit")]
public sealed class RequiredSettingsTests
{
    [Fact]
    public void The_checker_does_not_start_with_the_compiled_books_source_on_and_no_compiler_address()
    {
        using var factory = new CheckerWith(enabled: "true");

        var exception = Record.Exception(() => factory.Services);

        Assert.NotNull(exception);
        Assert.Contains("'OddsChecker:Sources:statistico:BaseUrl' is missing", exception.ToString(), StringComparison.Ordinal);
        Assert.Contains("OddsChecker__Sources__statistico__BaseUrl", exception.ToString(), StringComparison.Ordinal);
    }

    private sealed class CheckerWith(string enabled) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            // Never used: the host stops while its services are registered, before any connection.
            builder.UseSetting("ConnectionStrings:oddschecker", "Host=127.0.0.1;Port=1;Database=never-used");
            builder.UseSetting("ConnectionStrings:messaging", "amqp://127.0.0.1:1/");
            builder.UseSetting("OddsChecker:Sources:statistico:Enabled", enabled);
        }
    }
}

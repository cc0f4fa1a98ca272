using Statistico.Testing.Architecture;

namespace Statistico.TestSuite.Tests;

/// <summary>
/// The architecture page's message table as a whole: each service's own MessageTableTests compare its rows with its bus,
/// so a row naming no service with such a test would never be checked.
/// </summary>
[Trait("Category", "Unit")]
public sealed class MessageTableTests
{
    // The consumers whose test projects hold the table to their bus ("Trader (live)": the Trader with Betfair:BaseUrl set).
    private static readonly string[] CheckedConsumers = ["FootballData", "Ratings", "OddsCompiler", "OddsChecker", "OddsWarehouse", "Trader", "Trader (live)"];

    [Fact]
    public void Every_row_names_a_consumer_whose_bus_is_checked_and_a_service_as_its_source()
    {
        var table = MessageTable.Load();

        Assert.NotEmpty(table.Rows);
        Assert.All(table.Rows, row => Assert.Contains(row.ConsumedBy, CheckedConsumers));
        Assert.All(table.Rows, row => Assert.All(row.From, from => Assert.Contains(from, CheckedConsumers)));
        Assert.All(table.Rows, row => Assert.NotEmpty(row.From));
        foreach (var consumer in CheckedConsumers)
        {
            Assert.True(File.Exists(Path.Combine(TestAssemblies.RepositoryRoot, "tests", $"Statistico.{consumer.Split(' ')[0]}.Tests", "MessageTableTests.cs")), consumer);
        }
    }

    [Fact]
    public void A_row_that_is_not_five_cells_is_an_error_that_quotes_it()
    {
        string[] page = ["## Messages", "", "| message | from | consumed by | queue | delivery |", "|---|---|---|---|---|", "| `Contracts.Odds.OddsCompiled` | OddsCompiler | Trader |"];

        var error = Assert.Throws<InvalidDataException>(() => MessageTable.Parse(page));

        Assert.Contains("`Contracts.Odds.OddsCompiled` | OddsCompiler | Trader", error.Message, StringComparison.Ordinal);
    }
}

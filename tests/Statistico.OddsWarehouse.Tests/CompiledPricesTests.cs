using Statistico.Contracts.Odds;
using Statistico.OddsWarehouse.Ingestion;

namespace Statistico.OddsWarehouse.Tests;

/// <summary>How a compiled book becomes rows, and the id that recognises it when it comes again.</summary>
[Trait("Category", "Unit")]
public sealed class CompiledPricesTests
{
    private static readonly Guid Fixture = Guid.Parse("5b7d1a9e-9f4e-4a51-8a0e-0f3c1f0d2a11");
    private static readonly DateTimeOffset CompiledAt = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_same_book_delivered_again_has_the_same_batch_id_and_another_version_does_not()
    {
        var book = Book("2026-11-20");

        Assert.Equal(CompiledPrices.BatchIdOf(book), CompiledPrices.BatchIdOf(Book("2026-11-20")));
        Assert.NotEqual(CompiledPrices.BatchIdOf(book), CompiledPrices.BatchIdOf(Book("2026-11-21")));
        Assert.NotEqual(CompiledPrices.BatchIdOf(book), CompiledPrices.BatchIdOf(book with { CompiledAt = CompiledAt.AddSeconds(1) }));
    }

    [Fact]
    public void A_book_becomes_one_row_per_selection_under_the_model_s_source_with_the_line_as_handicap()
    {
        var batch = CompiledPrices.From(Book("v1"));

        Assert.Equal(3, batch.Rows.Count);
        var over = batch.Rows.Single(r => r.Series.Selection == "OVER");
        Assert.Equal("statistico:dixon-coles", over.Series.Source);
        Assert.Equal("ASIAN_HANDICAP", batch.Rows[0].Series.MarketType);
        Assert.Equal(-0.75m, batch.Rows.Single(r => r.Series.Selection == "HOME").Series.Handicap);
        Assert.Equal(0m, over.Series.Handicap);
        Assert.Equal(1.9m, over.BackPrice);
        Assert.Equal(2.0m, over.FairPrice);
        Assert.Null(over.LayPrice);
    }

    private static OddsCompiled Book(string version) => new(Fixture, "dixon-coles", version,
    [
        new CompiledMarket("ASIAN_HANDICAP", [new CompiledSelection("HOME", 0.52, 1.92m, 1.88m), new CompiledSelection("AWAY", 0.48, 2.08m, 2.02m)]) { Line = -0.75m },
        new CompiledMarket("OVER_UNDER_25", [new CompiledSelection("OVER", 0.5, 2.0m, 1.9m)]),
    ], CompiledAt);
}

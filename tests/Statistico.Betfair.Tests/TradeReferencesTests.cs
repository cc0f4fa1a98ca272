using Statistico.Testing;

namespace Statistico.Betfair.Tests;

/// <summary>References derived from a trade id: deterministic, within Betfair's limits, distinct where they must be.</summary>
[Trait("Category", "Unit")]
public sealed class TradeReferencesTests
{
    [Fact]
    public void The_same_trade_gives_the_same_references_and_they_are_valid_for_betfair()
    {
        var trade = Guid.Parse("f81d4fae-7dec-11d0-a765-00a0c91e6bf6");

        Assert.Equal(TradeReferences.CustomerRef(trade, 1), TradeReferences.CustomerRef(Guid.Parse(trade.ToString()), 1));
        Assert.Equal("rk8d-Ox90BGnZQCgyR5r9g:1", TradeReferences.CustomerRef(trade, 1));
        Assert.Equal("rk8d-Ox90BGnZQCgyR5r9g.0", TradeReferences.CustomerOrderRef(trade));
        foreach (var reference in new[] { TradeReferences.CustomerRef(trade, TradeReferences.MaxAttempt), TradeReferences.CustomerOrderRef(trade, TradeReferences.MaxLeg) })
        {
            Assert.True(reference.Length <= 32, reference);
            Assert.True(CustomerReferences.IsValid(reference), reference);
        }
    }

    [Fact]
    public void Attempts_differ_in_customer_ref_but_share_the_order_ref_and_trades_never_collide()
    {
        var trade = Guid.NewGuid();
        Assert.NotEqual(TradeReferences.CustomerRef(trade, 1), TradeReferences.CustomerRef(trade, 2));
        Assert.NotEqual(TradeReferences.CustomerOrderRef(trade, 0), TradeReferences.CustomerOrderRef(trade, 1));

        var seed = TestSeed.Fresh();
        var random = new Random(seed);
        var refs = Enumerable.Range(0, 10_000).Select(_ => TradeReferences.CustomerOrderRef(new Guid(random.GetItems<byte>(Enumerable.Range(0, 256).Select(b => (byte)b).ToArray(), 16)))).ToList();
        Assert.True(refs.Distinct(StringComparer.Ordinal).Count() == refs.Count, $"seed {seed}");
        Assert.All(refs, r => Assert.True(CustomerReferences.IsValid(r), r));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(TradeReferences.MaxAttempt + 1)]
    public void An_attempt_out_of_range_is_refused(int attempt) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TradeReferences.CustomerRef(Guid.NewGuid(), attempt));
}

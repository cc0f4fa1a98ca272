using Microsoft.Extensions.DependencyInjection;
using Statistico.OddsWarehouse.Ingestion;
using Statistico.OddsWarehouse.Tests.Support;
using Statistico.Testing;

namespace Statistico.OddsWarehouse.Tests;

/// <summary>
/// At-least-once delivery meets the warehouse: a batch the broker delivers again (the acknowledgement was lost after
/// the commit) or a source publishes twice is stored once. The broker is reached through a TCP proxy that the test
/// cuts right after the write commits, so the acknowledgement really is lost and RabbitMQ really redelivers.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RedeliveryTests(TestInfrastructure infrastructure) : WarehouseTestBase(infrastructure)
{
    private readonly CommitJournal journal = new();
    private TcpProxy? proxy;

    [Fact]
    public async Task A_batch_redelivered_after_its_commit_is_stored_once()
    {
        var fixture = Guid.NewGuid();
        var batchId = Guid.NewGuid();
        // The store may commit before the broker's confirm of this publish is back; cutting then would leave the
        // publish waiting for its confirm on a connection restored only after it returns. So the cut waits for it.
        var published = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        journal.AfterFirstStore = () =>
        {
            Assert.True(published.Task.Wait(Patience, Ct), "the publish to be confirmed");
            proxy!.Cut();
        };

        await PublishAsync(Prices.Observed(batchId, "betfair", fixture, "MATCH_ODDS", DateTimeOffset.UtcNow, Prices.MatchOdds(2.0m, 3.4m, 4.0m)));
        published.SetResult();
        await Eventually.UntilAsync(() => journal.TimesStored(batchId) == 1, Patience, "the first delivery to commit", Ct);
        proxy!.Restore();
        await Eventually.UntilAsync(() => journal.TimesSkipped(batchId) >= 1, TimeSpan.FromSeconds(60), "the broker to redeliver the unacknowledged batch", Ct);

        Assert.Equal(1, journal.TimesStored(batchId));
        Assert.Equal(3L, await WarehouseDatabase.TickCountAsync(Database, fixture, Ct));
        Assert.Equal(1L, await WarehouseDatabase.ReceivedBatchCountAsync(Database, batchId, Ct));
    }

    [Fact]
    public async Task The_same_batch_published_again_and_twice_in_one_delivery_is_stored_once()
    {
        var fixture = Guid.NewGuid();
        var batchId = Guid.NewGuid();
        var message = Prices.Observed(batchId, "betfair", fixture, "MATCH_ODDS", DateTimeOffset.UtcNow, Prices.MatchOdds(2.0m, 3.4m, 4.0m));
        var writer = Factory.Services.GetRequiredService<PriceBatchWriter>();

        // Twice in one delivery, straight to the writer: a broker batch can hold a duplicate publish.
        var same = ObservedPrices.From(message);
        var first = await writer.WriteAsync([same, same], Ct);
        // One after the other: two publishes landing in one consumed batch would count as one skip (de-duplicated).
        await PublishAsync(message);
        await Eventually.UntilAsync(() => journal.TimesSkipped(batchId) >= 1, Patience, "the first publish to be consumed", Ct);
        await PublishAsync(message);
        await Eventually.UntilAsync(() => journal.TimesSkipped(batchId) >= 2, Patience, "the second publish to be consumed", Ct);

        Assert.Equal([batchId], first.Stored);
        Assert.Equal(3, first.Rows);
        Assert.Equal(3L, await WarehouseDatabase.TickCountAsync(Database, fixture, Ct));
    }

    internal override WarehouseFactory CreateFactory()
    {
        proxy = new TcpProxy(VirtualHost.BrokerUri.Host, VirtualHost.BrokerUri.Port);
        return new WarehouseFactory(Database, VirtualHost.BrokerUriThrough(proxy.Port), services => services.AddSingleton<IPriceBatchObserver>(journal));
    }
}

using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Messaging.Tests.Scheduling;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Serialization;

/// <summary>
/// A binary MarketOddsObserved that needs a scheduled redelivery comes back whole: the redelivery goes through the
/// scheduler inside a ScheduleMessage, which is JSON, so today it comes back as JSON (and JSON cannot carry the sign
/// of a negative zero decimal, hence a Betfair-sized batch here, not the edge values); it must come back equal.
/// </summary>
[Trait("Category", "Integration")]
public sealed class MarketOddsRedeliveryTests(TestInfrastructure infrastructure)
{
    [Fact]
    public async Task A_binary_batch_that_fails_every_immediate_retry_is_redelivered_later_equal_to_what_was_sent()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("odds-redelivery");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("odds-redelivery");
        var journal = new OddsJournal();
        await using var host = await SchedulerTestHost.StartAsync(database, virtualHost, new ReminderJournal(), ct, extra: (services, bus) =>
        {
            services.AddSingleton(journal);
            bus.AddConsumer<FlakyOddsConsumer>();
        });
        var message = OddsMessages.BetfairSized(seed: 4);

        await host.Services.GetRequiredService<IBus>().Publish(message, ct);

        await Eventually.UntilAsync(() => journal.Batch(message.BatchId) is not null, TimeSpan.FromSeconds(60), "the redelivered batch", ct);
        var received = journal.Batch(message.BatchId)!;
        SameMessage.Assert(message, received.Message);
    }
}

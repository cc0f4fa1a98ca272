using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Scheduling;

/// <summary>The bus conventions with a scheduler: immediate retries, then a scheduled redelivery, then success.</summary>
[Trait("Category", "Integration")]
public sealed class RedeliveryTests(TestInfrastructure infrastructure)
{
    [Fact]
    public async Task A_message_that_fails_every_immediate_retry_is_redelivered_later_and_then_processed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await infrastructure.CreateDatabaseAsync("redelivery");
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("redelivery");
        var journal = new FlakyJournal();
        await using var host = await SchedulerTestHost.StartAsync(database, virtualHost, new ReminderJournal(), ct, extra: (services, bus) =>
        {
            services.AddSingleton(journal);
            bus.AddConsumer<FlakyConsumer>();
        });
        var id = Guid.NewGuid();

        await host.Services.GetRequiredService<IBus>().Publish(new FlakyWork(id), ct);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!journal.Attempts.Any(a => a.Id == id && a.Succeeded) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, ct);
        }

        var attempts = journal.Attempts.Where(a => a.Id == id).ToList();
        Assert.Equal(6, attempts.Count(a => a.Redelivery == 0)); // the first try and Messaging:RetryLimit = 5 retries
        Assert.Equal((1, true), (attempts.Single(a => a.Redelivery > 0).Redelivery, attempts.Single(a => a.Redelivery > 0).Succeeded));
    }
}

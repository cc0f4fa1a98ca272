using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Statistico.Messaging.Bus;
using Statistico.Testing;

namespace Statistico.Messaging.Tests.Support;

/// <summary>
/// A service host with the project's bus conventions and only <see cref="PickyConsumer"/>: it publishes a poison probe
/// and then a good one, and returns once the good one is processed and the poison one has used its first try and every retry.
/// </summary>
internal static class PickyHost
{
    public static async Task<ConsumerJournal> PublishPoisonThenGoodAsync(Uri broker, int retryLimit, string? queueType, CancellationToken ct)
    {
        var journal = new ConsumerJournal();
        using var host = Host.CreateDefaultBuilder()
            .ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:messaging"] = broker.ToString(),
                ["Messaging:QueueType"] = queueType,
                ["Messaging:RetryLimit"] = retryLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Messaging:RetryMinInterval"] = "00:00:00.050",
                ["Messaging:RetryMaxInterval"] = "00:00:00.100",
            }))
            .ConfigureServices((context, services) =>
            {
                services.AddSingleton(journal);
                services.AddStatisticoMessaging(context.Configuration, bus => bus.AddConsumer<PickyConsumer>());
            })
            .Build();
        await host.StartAsync(ct);
        var bus = host.Services.GetRequiredService<IBusControl>();
        await bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        await bus.Publish(new Probe("poison"), ct);
        await bus.Publish(new Probe("good"), ct);
        await Eventually.UntilAsync(() => Task.FromResult(journal.Processed.Contains("good")), TimeSpan.FromSeconds(30), "the good probe to be processed", ct);
        await Eventually.UntilAsync(
            () => Task.FromResult(journal.Attempts("poison") > retryLimit), TimeSpan.FromSeconds(30), "the poison probe to use its retries", ct);
        await host.StopAsync(ct);
        return journal;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Statistico.Messaging.Bus;
using Statistico.Messaging.Outbox;
using Statistico.Messaging.Tests.Support;

namespace Statistico.Messaging.Tests.Outbox;

/// <summary>
/// Issue 15, defect 8: the inbox must remember a message for longer than the bus conventions can bring it back
/// (immediate retries and scheduled redeliveries), or a consumer that succeeded runs again when a sibling on its
/// endpoint needs a redelivery. A configuration that breaks this is refused at start-up.
/// </summary>
[Trait("Category", "Unit")]
public sealed class InboxWindowTests
{
    [Fact]
    public void The_default_window_outlasts_the_default_redelivery_horizon() =>
        Assert.Equal(TimeSpan.FromMinutes(30), Outbox(new Dictionary<string, string?>()).DuplicateDetectionWindow);

    [Fact]
    public void A_redelivery_horizon_longer_than_the_window_is_refused()
    {
        var settings = new Dictionary<string, string?> { ["Messaging:RedeliveryIntervals:0"] = "00:20:00" };

        var refused = Assert.Throws<OptionsValidationException>(() => Outbox(settings));
        Assert.Contains("DuplicateDetectionWindow", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_shorter_than_the_retries_alone_is_refused()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Messaging:Outbox:DuplicateDetectionWindow"] = "00:00:30",
            ["Messaging:RedeliveryIntervals:0"] = "00:00:01",
        };

        Assert.Throws<OptionsValidationException>(() => Outbox(settings));
    }

    private static OutboxOptions Outbox(Dictionary<string, string?> settings)
    {
        settings["Messaging:Transport"] = nameof(MessagingTransport.InMemory);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddStatisticoMessaging(configuration, bus => bus.AddStatisticoOutbox<MessagingDbContext>());
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<OutboxOptions>>().Value;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Statistico.Messaging.Bus;

namespace Statistico.Messaging.Tests;

/// <summary>
/// Configured redelivery intervals are the intervals: .NET's binder appends configured array elements to an array the
/// options class already holds, so a default array would silently turn three configured redeliveries into six.
/// </summary>
[Trait("Category", "Unit")]
public sealed class RedeliveryIntervalsBindingTests
{
    private static readonly TimeSpan[] Configured = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3)];

    [Fact]
    public void Configured_intervals_replace_the_defaults_when_bound_with_get() =>
        Assert.Equal(Configured, Section(Configured).Get<MessagingOptions>()!.GetRedeliveryIntervals());

    [Fact]
    public void Configured_intervals_replace_the_defaults_when_bound_as_options()
    {
        var services = new ServiceCollection();
        services.AddOptions<MessagingOptions>().Bind(Section(Configured));
        using var provider = services.BuildServiceProvider();

        Assert.Equal(Configured, provider.GetRequiredService<IOptions<MessagingOptions>>().Value.GetRedeliveryIntervals());
    }

    [Fact]
    public void Without_configuration_the_defaults_apply() =>
        Assert.Equal(MessagingOptions.DefaultRedeliveryIntervals, Section([]).Get<MessagingOptions>()?.GetRedeliveryIntervals() ?? new MessagingOptions().GetRedeliveryIntervals());

    private static IConfigurationSection Section(TimeSpan[] intervals) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(intervals.Select((interval, index) =>
                new KeyValuePair<string, string?>($"{MessagingOptions.SectionName}:{nameof(MessagingOptions.RedeliveryIntervals)}:{index}", interval.ToString())))
            .Build()
            .GetSection(MessagingOptions.SectionName);
}

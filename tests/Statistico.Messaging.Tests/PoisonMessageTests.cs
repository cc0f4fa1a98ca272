using System.Text;
using Statistico.Messaging.Tests.Support;
using Statistico.Testing;

namespace Statistico.Messaging.Tests;

/// <summary>The bus conventions on a real RabbitMQ: retries, then the <c>_error</c> queue, and the rest flows on.</summary>
[Trait("Category", "Integration")]
public sealed class PoisonMessageTests(TestInfrastructure infrastructure)
{
    [Fact]
    public async Task A_message_that_always_throws_ends_in_the_error_queue_after_the_retries_and_the_next_one_is_processed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var virtualHost = await infrastructure.CreateVirtualHostAsync("poison");
        var journal = await PickyHost.PublishPoisonThenGoodAsync(virtualHost.BrokerUri, retryLimit: 2, queueType: null, ct);

        Assert.Contains("good", journal.Processed);
        var faulted = await ErrorQueue.TakeAsync(virtualHost.BrokerUri, "picky_error", ct);
        Assert.NotNull(faulted);
        Assert.Equal(3, journal.Attempts("poison")); // the first try and RetryLimit = 2 retries
        Assert.DoesNotContain("poison", journal.Processed);
        Assert.Contains("poison", Encoding.UTF8.GetString(faulted.Body.Span), StringComparison.Ordinal);
        Assert.Equal("The probe 'poison' is unacceptable", faulted.BasicProperties.Headers!["MT-Fault-Message"] is byte[] bytes ? Encoding.UTF8.GetString(bytes) : null);
    }
}
